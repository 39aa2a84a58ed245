package org.healthsocialtools.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsocialtools.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitDisguisesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NHS nine four three four seven six five nine one nine|NHS 9434765919",
        "Call oh seven seven, oh oh nine|Call 077009",
        "Nine-four-three|943",
        "ring Zero One One Three now|ring 0113 now",
        "one or two people|one or two people",
        "one two|one two",
        "someone two three four|someone 234",
        "twenty one two three|twenty 123",
        "943\uD83D\uDCDE476\uD83D\uDCDE5919|943 476 5919",
        "943 \uD83D\uDC49 476|943 476",
        "Top 3 \uD83C\uDF89 stars|Top 3 \uD83C\uDF89 stars",
        "9\uFE0F\u20E34\uFE0F\u20E33\uFE0F\u20E3|943",
        "no numbers here|no numbers here",
        "ring oh seven seven double oh nine double oh one two three|ring 07700900123",
        "treble seven two one|77721",
        "a double espresso and two three four|a double espresso and 234",
        "double check one two|double check one two",
        "double, oh, one two|double, 012",
      })
  void undoesDisguises(String in, String out) {
    assertThat(Normalizer.normalize(in).text()).isEqualTo(out);
  }

  @Test
  void digitsMapBackToTheirWords() {
    String original = "NHS no. nine  four\u00A0three 476 5919";
    NormalizedText n = Normalizer.normalize(original);
    assertThat(n.text()).isEqualTo("NHS no. 943 476 5919");
    Span all = n.toOriginal(8, n.text().length());
    assertThat(all.of(original)).isEqualTo("nine  four\u00A0three 476 5919");
    assertThat(n.toOriginal(9, 10).of(original)).isEqualTo("four");
  }

  @Test
  void aDoubledDigitMapsEachDigitToAWord() {
    String original = "oh seven seven double oh";
    NormalizedText n = Normalizer.normalize(original);
    assertThat(n.text()).isEqualTo("07700");
    assertThat(n.toOriginal(3, 4).of(original)).isEqualTo("double");
    assertThat(n.toOriginal(4, 5).of(original)).isEqualTo("oh");
  }

  @Test
  void emojiBetweenDigitsMapsToTheEmojiAndSpaces() {
    String original = "943 \uD83D\uDCDE 476";
    NormalizedText n = Normalizer.normalize(original);
    assertThat(n.toOriginal(3, 4).of(original)).isEqualTo(" \uD83D\uDCDE ");
    assertThat(n.toOriginal(0, n.text().length()).of(original)).isEqualTo(original);
  }
}
