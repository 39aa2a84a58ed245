package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One comment syntax, one key folding, one rank convention for every lexicon file. */
class LexiconsTest {

  @Test
  void entriesSkipBlankAndCommentLinesAndStripSpace() {
    assertThat(Lexicons.entries(LexiconsTest.class, "demo-words.txt"))
        .containsExactly("the", "of", "Zoë’s", "the", "C# = a language");
  }

  @Test
  void keysFoldTheWayTokensDo() {
    assertThat(Lexicons.key("Zoë’s")).isEqualTo("zoe");
    assertThat(Lexicons.keys(LexiconsTest.class, "demo-words.txt")).contains("the", "of", "zoe");
  }

  @Test
  void ranksStartAtOneAndARepeatKeepsItsFirstRank() {
    Map<String, Integer> r = Lexicons.ranks(LexiconsTest.class, "demo-words.txt");
    assertThat(r)
        .containsEntry("the", 1)
        .containsEntry("of", 2)
        .containsEntry("Zoë’s", 3)
        .containsEntry("C# = a language", 5)
        .hasSize(4);
  }

  @Test
  void tablesSplitAtTheFirstEqualsAndNameTheLineOfABadEntry() {
    assertThatThrownBy(() -> Lexicons.table(LexiconsTest.class, "demo-table.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo-table.txt:4: expected 'key = value'");
    assertThatThrownBy(() -> Lexicons.table(LexiconsTest.class, "demo-twice.txt"))
        .hasMessage("demo-twice.txt:3: 'ED' is given twice");
  }

  @Test
  void aMissingListIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Lexicons.entries(LexiconsTest.class, "/hst/lexicons/none.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/hst/lexicons/none.txt");
  }
}
