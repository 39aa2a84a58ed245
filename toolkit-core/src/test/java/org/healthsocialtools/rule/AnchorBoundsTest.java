package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorBoundsTest {

  @Test
  void digitPatternsAreBoundedByTheirDigits() {
    AnchorBounds nhs =
        AnchorBounds.of("(?:^|[^0-9])([0-9](?:[ \\n.\\-/]?[0-9]){9})(?:$|[^0-9])", false);
    assertThat(nhs.bounded()).isTrue();
    assertThat(nhs.anchorChars()).isEqualTo("0123456789");
    assertThat(nhs.maxLength()).isEqualTo(2 + 19 + 2); // a negated class may be a surrogate pair
    AnchorBounds plate =
        AnchorBounds.of("\\b([A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2}\\s?[A-HJ-PR-Z]{3})\\b", false);
    assertThat(plate.maxLength()).isEqualTo(8);
    assertThat(AnchorBounds.of("\\d{3}-\\d{4}", true).maxLength()).isEqualTo(8);
    assertThat(AnchorBounds.of("x[0-9]+?", false).bounded()).isFalse(); // unbounded
  }

  @Test
  void punctuationTheExpressionSpellsOutCanAnchorIt() {
    AnchorBounds masked = AnchorBounds.of("\\b[A-Za-z]{1,4}\\*{2,7}|\\b[Bb]\\.[Ss]\\.", true);
    assertThat(masked.bounded()).isTrue();
    assertThat(masked.anchorChars()).isEqualTo("*.0123456789");
    assertThat(masked.maxLength()).isEqualTo(11);
  }

  @Test
  void whatCanMatchWithoutAnAnchorOrIsNotUnderstoodIsNotBounded() {
    assertThat(AnchorBounds.of("[0-9]{3}|[a-z]{3}", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("[0-9]?[a-z]", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("[^a-z][0-9]", false).bounded()).isTrue();
    assertThat(AnchorBounds.of("[0-9a][0-9]?", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("(?i)[0-9]", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("\\p{Nd}{3}", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("[[:digit:]]{3}", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("\\Q123\\E", false).bounded()).isFalse();
    assertThat(AnchorBounds.of("a{2", false).bounded()).isFalse();
  }

  private static final String[] PATTERNS = {
    "(?:^|[^0-9A-Za-z+(])((?:\\+|00)?\\(?[0-9][0-9()\\- .\\n/]{5,18}[0-9])(?:$|[^0-9A-Za-z])",
    "(?:^|[^0-9])([0-9](?:[ \\n.\\-/]?[0-9]){9})(?:$|[^0-9])",
    "\\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][\\s./\\-]?[0-9]{2}[\\s./\\-]?[0-9]{2}[\\s./\\-]?[0-9]{2}[\\s./\\-]?[A-D])\\b",
    "\\b([A-HJ-PR-Y][0-9]{1,3}[ \\n]?[A-Z]{3}|[A-Z]{3}[ \\n]?[0-9]{1,3}[A-HJ-PR-Y]|[A-Z]{1,3}[ \\n][0-9]{2,4}|[0-9]{2,4}[ \\n][A-Z]{1,3})\\b",
    "(?:^|[^0-9A-Za-z.:])((?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])[.\\s/\\-]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})(?:$|[^0-9A-Za-z.:]|[.:](?:$|\\s))",
    "\\b[A-Za-z]{1,4}\\*{2,7}[A-Za-z]{0,4}\\b|\\b[A-Za-z]{1,4}\\*[A-Za-z]{1,4}\\b|\\b[Bb]\\.[Ss]\\.",
    "[0-9]{2}.{0,3}?[0-9]",
    "^[0-9]{3}|[0-9]{2}$",
  };

  private static final String[] PIECES = {
    "1",
    "2",
    "0",
    "9",
    "7",
    "44",
    " ",
    " ",
    "\n",
    ".",
    "-",
    "/",
    "(",
    ")",
    "+",
    ":",
    "*",
    "a",
    "B",
    "x",
    "Zz",
    "AB",
    "s",
    "é",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "#",
    "@",
    "F",
    "ab",
    "  ",
  };

  /** The windowed search reports what a search of the whole text reports, on random texts. */
  @Test
  void windowedScanFindsWhatTheWholeTextScanFinds() {
    Random random = new Random(20261202);
    for (String regex : PATTERNS) {
      for (boolean ignoreCase : new boolean[] {false, true}) {
        GatedPattern gated = GatedPattern.of(regex, ignoreCase, 0, 0);
        com.google.re2j.Pattern plain =
            com.google.re2j.Pattern.compile(
                regex, ignoreCase ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0);
        assertThat(AnchorBounds.of(regex, ignoreCase).bounded()).as(regex).isTrue();
        for (int k = 0; k < 3000; k++) {
          StringBuilder b = new StringBuilder();
          int pieces = random.nextInt(60);
          for (int j = 0; j < pieces; j++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
          }
          String text = b.toString();
          int skip = random.nextInt(3);
          assertThat(windowed(gated, text, skip))
              .as(regex + " on " + text)
              .isEqualTo(whole(plain, text, skip));
        }
      }
    }
  }

  private static List<String> windowed(GatedPattern p, String text, int skip) {
    List<String> out = new ArrayList<>();
    p.scan(
        text,
        (s, e) -> {
          out.add(s + "-" + e);
          return e + skip;
        });
    return out;
  }

  private static List<String> whole(com.google.re2j.Pattern p, String text, int skip) {
    List<String> out = new ArrayList<>();
    com.google.re2j.Matcher m = p.matcher(text);
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int s = m.start();
      int e = m.end();
      int next;
      if (s == e) {
        next = e;
      } else {
        out.add(s + "-" + e);
        next = e + skip;
      }
      from = Math.max(next, from + 1);
    }
    return out;
  }
}
