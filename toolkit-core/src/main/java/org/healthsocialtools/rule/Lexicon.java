package org.healthsocialtools.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.internal.nlp.Tokenizer;
import org.healthsocialtools.internal.text.Normalizer;

/**
 * A dictionary of words and phrases matched against a post's tokens by their match keys (lower
 * case, accents and possessives folded): names, conditions, job titles. A trie over token keys, so
 * one pass finds the longest entry at each token in time linear in the post. Immutable and
 * thread-safe.
 */
public final class Lexicon {

  /** A match: tokens {@code [first, end)} of the post. */
  public record Match(int first, int end, String entry) {}

  private static final class Node {
    Map<String, Node> next;
    String entry;
  }

  private final Node root = new Node();
  private final int size;

  /**
   * Bit {@code hash & mask} set for the hash of every key an entry can start with: most tokens
   * start no entry, and this answers that from a small array instead of the root's large table.
   */
  private final long[] firstKeys;

  private final int mask;

  private Lexicon(Collection<String> entries) {
    int n = 0;
    for (String e : entries) {
      String s = e.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      Node node = root;
      List<String> keys = keys(s);
      if (keys.isEmpty()) {
        continue;
      }
      for (String k : keys) {
        if (node.next == null) {
          node.next = new HashMap<>(4);
        }
        node = node.next.computeIfAbsent(k, x -> new Node());
      }
      if (node.entry == null) {
        n++;
      }
      node.entry = s;
    }
    this.size = n;
    int firsts = root.next == null ? 0 : root.next.size();
    int bits = Integer.highestOneBit(Math.max(64, firsts * 8 - 1)) << 1;
    this.mask = bits - 1;
    this.firstKeys = new long[bits >>> 6];
    if (root.next != null) {
      for (String k : root.next.keySet()) {
        int h = k.hashCode() & mask;
        firstKeys[h >>> 6] |= 1L << h;
      }
    }
  }

  /** False when no entry starts with {@code key}; true when one may. */
  private boolean mayStart(String key) {
    int h = key.hashCode() & mask;
    return (firstKeys[h >>> 6] & (1L << h)) != 0;
  }

  public static Lexicon of(Collection<String> entries) {
    return new Lexicon(entries);
  }

  /**
   * Loads a lexicon file ({@link Lexicons#entries}: one entry per line, {@code #} comment lines).
   */
  public static Lexicon fromResource(Class<?> anchor, String resource) {
    return new Lexicon(Lexicons.entries(anchor, resource));
  }

  public int size() {
    return size;
  }

  /** True if the single token key (see {@link Token#key()}) is an entry. */
  public boolean containsKey(String key) {
    Node n = root.next == null || !mayStart(key) ? null : root.next.get(key);
    return n != null && n.entry != null;
  }

  /**
   * The longest entry starting at token {@code first}, or {@code null}. Punctuation tokens break a
   * phrase.
   */
  public Match longestAt(AnalyzedPost post, int first) {
    List<Token> tokens = post.tokens();
    Node node = root;
    Match best = null;
    for (int i = first; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (node.next == null
          || t.type() == TokenType.PUNCT && !t.text().equals("-") && !t.text().equals("'")) {
        break;
      }
      if (t.type() == TokenType.PUNCT) {
        continue;
      }
      if (node == root && !mayStart(t.key())) {
        break;
      }
      node = node.next.get(t.key());
      if (node == null) {
        break;
      }
      if (node.entry != null) {
        best = new Match(first, i + 1, node.entry);
      }
    }
    return best;
  }

  /** Every non-overlapping longest match, left to right. */
  public List<Match> findAll(AnalyzedPost post) {
    List<Match> out = new ArrayList<>();
    List<Token> tokens = post.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Match m = longestAt(post, i);
      if (m != null) {
        out.add(m);
        i = m.end() - 1;
      }
    }
    return out;
  }

  private static List<String> keys(String phrase) {
    List<String> keys = new ArrayList<>();
    for (Tokenizer.Raw r : Tokenizer.get().tokenize(Normalizer.normalize(phrase).text())) {
      if (r.type() != TokenType.PUNCT) {
        keys.add(r.key());
      }
    }
    return keys;
  }
}
