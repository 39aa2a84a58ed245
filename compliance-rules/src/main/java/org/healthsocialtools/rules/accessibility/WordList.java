package org.healthsocialtools.rules.accessibility;

import java.util.Map;
import org.healthsocialtools.rule.Lexicons;

/**
 * A frequency-ordered word list ({@code hst/lexicons/words-*.txt}: one lower-case word a line, most
 * frequent first, {@code #} comments), loaded once per JVM through {@link Lexicons#ranks} and
 * shared by every rule that needs to know whether a string is a word and how common it is
 * (accessibility and privacy alike). Immutable and thread-safe.
 */
public final class WordList {

  private static final class English {
    static final WordList INSTANCE = load("/hst/lexicons/words-en.txt");
  }

  private static final class Welsh {
    static final WordList INSTANCE = load("/hst/lexicons/words-cy.txt");
  }

  private final Map<String, Integer> rank;

  private WordList(Map<String, Integer> rank) {
    this.rank = rank;
  }

  public static WordList english() {
    return English.INSTANCE;
  }

  public static WordList welsh() {
    return Welsh.INSTANCE;
  }

  /** 1 for the most frequent word, or 0 when {@code word} (lower case) is not in the list. */
  public int rank(String word) {
    Integer r = rank.get(word);
    return r == null ? 0 : r;
  }

  public boolean contains(String word) {
    return rank.containsKey(word);
  }

  public int size() {
    return rank.size();
  }

  private static WordList load(String resource) {
    return new WordList(Lexicons.ranks(WordList.class, resource));
  }
}
