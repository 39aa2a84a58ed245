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
    Node n = root.next == null ? null : root.next.get(key);
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
