package org.healthsocialtools.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void masksSentencePunctuationOnlyInsideOverlongRuns() {
    String url = "https://example.org/" + "a.b!c?".repeat(20);
    String line = "See Dr. Shah. " + url + " today.";
    String masked = Sentences.maskLongRuns(line);
    assertThat(masked).hasSameSizeAs(line).startsWith("See Dr. Shah. ").endsWith(" today.");
    assertThat(masked.substring(14, 14 + url.length())).doesNotContain(".", "!", "?");
    assertThat(Sentences.maskLongRuns("Short. Sentences! Here?"))
        .isEqualTo("Short. Sentences! Here?");
  }

  @Test
  void stillSplitsOrdinarySentences() {
    List<int[]> s = Sentences.split("Get well soon. We miss you!", true);
    assertThat(s).hasSize(2);
  }
}
