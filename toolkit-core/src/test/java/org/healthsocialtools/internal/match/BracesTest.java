package org.healthsocialtools.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BracesTest {

  @Test
  void expandsOneGroup() {
    assertThat(Braces.expand("{suffer,sufferer} from"))
        .containsExactly("suffer from", "sufferer from");
  }

  @Test
  void keepsTheSpaceBetweenTwoGroups() {
    assertThat(Braces.expand("{them,you} {two,three}"))
        .containsExactly("them two", "them three", "you two", "you three");
  }

  @Test
  void anEmptyAlternativeDropsTheWord() {
    assertThat(Braces.expand("flush {out,} toxins"))
        .containsExactly("flush out toxins", "flush toxins");
  }

  @Test
  void refusesAnExplosion() {
    assertThatThrownBy(() -> Braces.expand("{a,b,c,d} {a,b,c,d} {a,b,c,d} {a,b,c,d} {a,b}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 256");
  }
}
