package org.healthsocialtools.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsocialtools.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain text stays|plain text stays",
        "NHS\u200B no|NHS no",
        "\uFF19\uFF14\uFF13 476|943 476",
        "\u0669\u0664\u0663 476|943 476",
        "a  \t b|a b",
        "J\u200Bo\u200Dhn|John",
        "\u0410nna|Anna",
        "M\u0430rgaret|Margaret",
        "\u041C\u0430\u043C\u0430|\u041C\u0430\u043C\u0430",
        "BNCGPP38M45F839\u041A|BNCGPP38M45F839K",
        "67 \u0430\u00F1os|67 a\u00F1os",
        "\u0425-ray|X-ray",
        "\u03B1 and \u03B2|\u03B1 and \u03B2",
        "\u0432 \u0434\u043E\u043C|\u0432 \u0434\u043E\u043C",
        "\uD835\uDC01old|Bold",
        "cafe\u0301|caf\u00E9",
        "\u202Eevil\u202C|evil",
      })
  void normalises(String in, String out) {
    assertThat(Normalizer.normalize(in).text()).isEqualTo(out);
  }

  @Test
  void mapsSpansBackToTheOriginal() {
    String original = "NHS no. \uFF19\uFF14\uFF13\u200B \uFF14\uFF17\uFF16 5919 ok";
    NormalizedText n = Normalizer.normalize(original);
    int s = n.text().indexOf("943");
    int e = n.text().indexOf("5919") + 4;
    Span span = n.toOriginal(s, e);
    assertThat(span.of(original)).isEqualTo("\uFF19\uFF14\uFF13\u200B \uFF14\uFF17\uFF16 5919");
  }

  @Test
  void everyNormalisedRangeMapsInsideTheOriginal() {
    String original =
        "\uD83D\uDC69\u200D\u2695\uFE0F Get well J\u200Bo\u200Bhn \u0669\u0664  \uFF21!";
    NormalizedText n = Normalizer.normalize(original);
    for (int s = 0; s <= n.text().length(); s++) {
      for (int e = s; e <= n.text().length(); e++) {
        Span span = n.toOriginal(s, e);
        assertThat(span.start()).isBetween(0, original.length());
        assertThat(span.end()).isBetween(span.start(), original.length());
      }
    }
  }

  @Test
  void runsOfLineBreaksBecomeOneNewline() {
    assertThat(Normalizer.normalize("line\r\n\r\n  next").text()).isEqualTo("line\nnext");
  }

  @Test
  void zalgoMarksBeyondSixPerLetterAreDropped() {
    String zalgo = "Edna" + "\u0301\u0316".repeat(50) + " in bay 3";
    NormalizedText n = Normalizer.normalize(zalgo);
    long marks = n.text().codePoints().filter(Normalizer::isMark).count();
    assertThat(marks).isLessThanOrEqualTo(Normalizer.MAX_MARKS);
    assertThat(n.text()).startsWith("Edn").endsWith(" in bay 3").hasSizeLessThan(20);
    int bay = n.text().indexOf("bay 3");
    assertThat(n.toOriginal(bay, bay + 5).of(zalgo)).isEqualTo("bay 3");
    assertThat(Normalizer.normalize("Vi\u1EC7t ti\u00EA\u0301ng").text())
        .isEqualTo("Vi\u1EC7t ti\u1EBFng");
  }

  @Test
  void identityWhenNothingChanges() {
    NormalizedText n = Normalizer.normalize("Nothing to do here.");
    assertThat(n.isIdentity()).isTrue();
    assertThat(n.toOriginal(0, 7)).isEqualTo(new Span(0, 7));
  }
}
