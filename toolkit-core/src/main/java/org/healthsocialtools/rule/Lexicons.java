package org.healthsocialtools.rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.internal.nlp.Tokenizer;

/**
 * The one loader of word lists ({@code hst/lexicons/*.txt}), and the one folding of words into
 * match keys. A lexicon file is UTF-8 text with one entry per line; surrounding white space is
 * stripped, and blank lines and lines whose first character is {@code #} are skipped (comments,
 * licence and source headers). There is no inline comment, so an entry may contain {@code #}. Every
 * method reads the file afresh: callers keep what they load in a static final field, so a list is
 * read once per JVM.
 */
public final class Lexicons {

  private Lexicons() {}

  /**
   * The match key of a word, as {@link org.healthsocialtools.analysis.Token#key()} gives it for a
   * token: lower case, curly apostrophes straight, diacritics removed, a trailing possessive {@code
   * 's} dropped.
   */
  public static String key(CharSequence word) {
    return Tokenizer.key(word);
  }

  /**
   * The entries of {@code resource} (resolved like {@link Class#getResourceAsStream}), in file
   * order.
   *
   * @throws IllegalStateException if the resource is missing
   */
  public static List<String> entries(Class<?> anchor, String resource) {
    List<String> out = new ArrayList<>();
    read(anchor, resource, (line, n) -> out.add(line));
    return out;
  }

  /**
   * The entries as written, as a set: for lists already written in key form (lower case, no
   * accents).
   */
  public static Set<String> set(Class<?> anchor, String resource) {
    return frozen(new HashSet<>(entries(anchor, resource)));
  }

  /** The entries folded with {@link #key}: for one-word lists looked up by token key. */
  public static Set<String> keys(Class<?> anchor, String resource) {
    Set<String> out = new HashSet<>();
    read(anchor, resource, (line, n) -> out.add(key(line)));
    return frozen(out);
  }

  /**
   * An unmodifiable view of a set no one else holds. Not {@link Set#copyOf}: its open-addressing
   * table compares the looked-up word with one entry after another without their hashes, and a
   * rule's word list is looked up for most tokens of every post, where a {@link HashSet} mostly
   * answers after comparing one cached hash.
   */
  private static <T> Set<T> frozen(Set<T> own) {
    return Collections.unmodifiableSet(own);
  }

  /** As {@link #frozen(Set)}, for a map. */
  private static <K, V> Map<K, V> frozen(Map<K, V> own) {
    return Collections.unmodifiableMap(own);
  }

  /**
   * Frequency ranks of a list ordered most frequent first: an entry's rank is its position among
   * the entries, from 1, and a repeated entry keeps the rank of its first occurrence. Entries are
   * taken as written (not folded). Rank 1 for the commonest word, and absence for an unknown one,
   * is the one rank convention of the project's word lists.
   */
  public static Map<String, Integer> ranks(Class<?> anchor, String resource) {
    Map<String, Integer> out = new HashMap<>(1 << 17);
    int[] position = {0};
    read(anchor, resource, (line, n) -> out.putIfAbsent(line, ++position[0]));
    return frozen(out);
  }

  /**
   * A two-column table, one {@code key = value} entry per line (split at the first {@code " = "}),
   * such as an abbreviation and its plain wording. Keys are taken as written, so case matters.
   *
   * @throws IllegalStateException naming the resource and line of an entry without {@code " = "} or
   *     a key given twice
   */
  public static Map<String, String> table(Class<?> anchor, String resource) {
    Map<String, String> out = new HashMap<>();
    read(
        anchor,
        resource,
        (line, n) -> {
          int eq = line.indexOf(" = ");
          if (eq <= 0 || eq + 3 >= line.length()) {
            throw new IllegalStateException(resource + ":" + n + ": expected 'key = value'");
          }
          String k = line.substring(0, eq).strip();
          if (out.put(k, line.substring(eq + 3).strip()) != null) {
            throw new IllegalStateException(resource + ":" + n + ": '" + k + "' is given twice");
          }
        });
    return frozen(out);
  }

  private interface LineHandler {
    void entry(String line, int lineNumber);
  }

  private static void read(Class<?> anchor, String resource, LineHandler handler) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon "
                + resource
                + " is missing from the classpath (next to "
                + anchor.getName()
                + ")");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          handler.entry(s, n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }
}
