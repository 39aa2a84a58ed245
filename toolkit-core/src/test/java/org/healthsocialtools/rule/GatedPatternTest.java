package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatedPatternTest {

  @Test
  void gatesOnDigitsAndRequiredPunctuation() {
    GatedPattern p = GatedPattern.of("[0-9]{3}-[0-9]{4}", false, 0, 7);
    assertThat(p.admits("call 555-0123")).isTrue();
    assertThat(p.admits("call 5550123")).isFalse(); // no dash
    assertThat(p.admits("call 555-012")).isFalse(); // six digits
  }

  @Test
  void aDelimiterAfterOneCandidateCanOpenTheNext() {
    GatedPattern p = GatedPattern.of("(?:^|[^0-9])([0-9]{3})(?:$|[^0-9])", false, 1, 0);
    List<String> found = new ArrayList<>();
    String text = "111 222 3333 444";
    p.scan(
        text,
        (s, e) -> {
          found.add(text.substring(s, e));
          return e;
        });
    assertThat(found).containsExactly("111", "222", "444");
  }

  @Test
  void badGroupOrPatternIsAClearError() {
    assertThatThrownBy(() -> GatedPattern.of("(a", false, 0, 0))
        .hasMessageContaining("does not compile");
    assertThatThrownBy(() -> GatedPattern.of("(a)", false, 2, 0)).hasMessageContaining("group 2");
    assertThatThrownBy(() -> GatedPattern.of("a", false, 0, -1)).hasMessageContaining("minDigits");
  }
}
