package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredCharsTest {

  @Test
  void topLevelPunctuationIsRequired() {
    assertThat(
            RequiredChars.of(
                "[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]{1,63}(?:\\.[A-Za-z0-9\\-]{1,63}){0,8}"
                    + "\\.[A-Za-z]{2,24}"))
        .isEqualTo("@.");
    assertThat(RequiredChars.of("\\d{3}-\\d{4}")).isEqualTo("-");
    assertThat(RequiredChars.of("#+\\w+")).isEqualTo("#");
  }

  @Test
  void optionalGroupedAlternativeOrClassCharactersAreNot() {
    assertThat(RequiredChars.of("a@?b")).isEmpty();
    assertThat(RequiredChars.of("a@*b")).isEmpty();
    assertThat(RequiredChars.of("a@{0,2}b")).isEmpty();
    assertThat(RequiredChars.of("(?:x@y)+")).isEmpty();
    assertThat(RequiredChars.of("a@b|cd")).isEmpty();
    assertThat(RequiredChars.of("[@#]x")).isEmpty();
    assertThat(RequiredChars.of("[]@]x")).isEmpty();
    assertThat(RequiredChars.of("[[:punct:]@]x")).isEmpty();
    assertThat(RequiredChars.of("\\Q@\\E")).isEmpty();
    assertThat(RequiredChars.of("\\bword\\b")).isEmpty();
    assertThat(RequiredChars.of("a b")).isEmpty();
  }

  @Test
  void aRuleSkipsOnlyTextsThatCannotMatch() {
    com.google.re2j.Pattern p = com.google.re2j.Pattern.compile("[a-z]+@[a-z]+\\.[a-z]{2,}");
    String req = RequiredChars.of(p.pattern());
    for (String t :
        new String[] {"x@y.uk", "no at sign here.", "a@b", "write to jo@nhs.net today"}) {
      boolean mayMatch = req.chars().allMatch(c -> t.indexOf(c) >= 0);
      if (p.matcher(t).find()) {
        assertThat(mayMatch).as(t).isTrue();
      }
    }
  }
}
