package org.healthsocialtools.rules.accessibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A frequency-ordered word list ({@code hst/lexicons/words-*.txt}: one lower-case word a line, most frequent
 * first, {@code #} comments), loaded once per JVM and shared by the rules that need to know whether a string is a
 * word and how common it is. Immutable and thread-safe.
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
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + resource + " is missing from the classpath");
      }
      Map<String, Integer> m = new HashMap<>(1 << 17);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          m.putIfAbsent(w, ++n);
        }
      }
      return new WordList(Map.copyOf(m));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }
}
