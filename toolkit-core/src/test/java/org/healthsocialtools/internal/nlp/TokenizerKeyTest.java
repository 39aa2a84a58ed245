package org.healthsocialtools.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zoë",
        "José",
        "Łódź",
        "Ångström",
        "Tiếng Việt",
        "naïve café",
        "한국어",
        "Ελληνικά",
        "Dvořák",
        "ﬁne",
        "हिन्दी",
        "e\u0301\u0316\u0323",
        "\u00C5\u0301x",
        "Ⅻ",
        "㎏",
        "A\u20DD"
      })
  void dropsMarksExactlyAsNfdThenStrippingMarksDid(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String before = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    assertThat(Tokenizer.withoutMarks(lower)).isEqualTo(before);
  }

  @Test
  void keyFoldsCaseAccentsAndPossessives() {
    assertThat(Tokenizer.key("Zoë’s")).isEqualTo("zoe");
    assertThat(Tokenizer.key("patients'")).isEqualTo("patients");
  }
}
