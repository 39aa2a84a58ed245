package org.healthsocialtools.internal.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.Platform;
import org.healthsocialtools.PlatformCounter;
import org.junit.jupiter.api.Test;

class MetricBoundTest {

  private static final List<String> TEXTS =
      List.of(
          "Book at nhs.uk/flu today",
          "👩‍⚕️👩‍⚕️ nurses",
          "日本語のテキスト",
          "a.b.c",
          "",
          "x.co,y.co;z.io",
          "See http://192.168.0.1 and www.nhs.uk. Then t.co/abc.",
          "end.",
          "Visit https://www.example.org/a/very/long/path/that/is/longer/than/twenty-three/characters now",
          "e\u0301\u0301 🇬🇧 ok.Next a.b.c.d.e.f.g.h",
          "mail jane.doe@example.com or https://ex.am/p?q=1.2");

  @Test
  void theXUpperBoundIsNeverBelowTheExactCount() {
    for (String s : TEXTS) {
      assertThat(Metric.xLengthUpperBound(s))
          .as(s)
          .isGreaterThanOrEqualTo(PlatformCounter.count(s, Platform.X));
    }
  }

  @Test
  void everyPlatformBoundIsNeverBelowTheExactCount() {
    for (Platform p : Platform.values()) {
      for (String s : TEXTS) {
        assertThat(Metric.lengthUpperBound(s, p))
            .as(p + ": " + s)
            .isGreaterThanOrEqualTo(PlatformCounter.count(s, p));
      }
    }
  }

  @Test
  void sentenceFullStopsDoNotLoosenTheXBound() {
    assertThat(Metric.xLengthUpperBound("One. Two. Three.")).isEqualTo(16);
    assertThat(Metric.xLengthUpperBound("see nhs.uk")).isEqualTo(10 + 23);
  }
}
