package org.healthsocialtools.internal.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.Platform;
import org.healthsocialtools.PlatformCounter;
import org.junit.jupiter.api.Test;

class MetricBoundTest {

  @Test
  void theXUpperBoundIsNeverBelowTheExactCount() {
    for (String s : List.of("Book at nhs.uk/flu today", "👩‍⚕️👩‍⚕️ nurses", "日本語のテキスト", "a.b.c", "",
        "Visit https://www.example.org/a/very/long/path/that/is/longer/than/twenty-three/characters now")) {
      assertThat(Metric.xLengthUpperBound(s)).as(s).isGreaterThanOrEqualTo(PlatformCounter.count(s, Platform.X));
    }
  }
}
