package org.healthsocialtools.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void aLineThatFitsIsShownWhole() {
    List<Excerpt.Row> rows = Excerpt.of("Her NHS number is 943 476 5919", 18, 30, 80);
    assertThat(rows)
        .containsExactly(
            new Excerpt.Row("Her NHS number is 943 476 5919", " ".repeat(18) + "^".repeat(12)));
  }

  @Test
  void aLongLineShowsAWindowAroundTheSpanWithinTheWidth() {
    String line = "word ".repeat(80) + "call 07700 900123 today " + "more ".repeat(20);
    int start = line.indexOf("07700");
    List<Excerpt.Row> rows = Excerpt.of(line, start, start + 12, 60);
    assertThat(rows).hasSize(1);
    Excerpt.Row r = rows.get(0);
    assertThat(r.text().codePointCount(0, r.text().length())).isLessThanOrEqualTo(60);
    assertThat(r.text()).startsWith("\u2026").endsWith("\u2026");
    int caret = r.carets().indexOf('^');
    assertThat(r.text().substring(caret, caret + 12)).isEqualTo("07700 900123");
    assertThat(r.carets().strip()).hasSize(12);
  }

  @Test
  void aSpanWiderThanTheTerminalWrapsOverRows() {
    String line = "x".repeat(300);
    List<Excerpt.Row> rows = Excerpt.of(line, 10, 250, 50);
    assertThat(rows).hasSizeGreaterThan(4);
    for (Excerpt.Row r : rows) {
      assertThat(r.text().length()).isLessThanOrEqualTo(50);
      assertThat(r.carets().length()).isLessThanOrEqualTo(50);
    }
    int carets = rows.stream().mapToInt(r -> r.carets().strip().length()).sum();
    assertThat(carets).isEqualTo(240);
  }

  @Test
  void emojiCountAsOneColumnSoCaretsStayUnderTheSpan() {
    String line = "\uD83D\uDC99 Get well soon Edna";
    List<Excerpt.Row> rows = Excerpt.of(line, line.indexOf("Edna"), line.length(), 80);
    assertThat(rows.get(0).carets()).isEqualTo(" ".repeat(16) + "^^^^");
  }
}
