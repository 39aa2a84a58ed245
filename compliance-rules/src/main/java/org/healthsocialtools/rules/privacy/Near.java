package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.Lexicon;

/**
 * Context look-ups in a window of tokens around a span, by token key (no substring matching: "lic"
 * is not "public").
 */
final class Near {

  private Near() {}

  /** Index of the last token that ends at or before {@code offset}, or -1. */
  static int lastBefore(AnalyzedPost post, int offset) {
    return post.tokenAtOrAfter(offset) - 1;
  }

  /** Index of the first token that starts at or after {@code offset}, or the token count. */
  static int firstAfter(AnalyzedPost post, int offset) {
    List<Token> t = post.tokens();
    int i = post.tokenAtOrAfter(offset);
    while (i < t.size() && t.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  /**
   * A lexicon entry lying wholly within the {@code n} tokens before {@code offset}, nearest first,
   * or null.
   */
  static String cueBefore(AnalyzedPost post, Lexicon lex, int offset, int n) {
    int last = lastBefore(post, offset);
    for (int i = last; i >= 0 && i > last - n; i--) {
      Lexicon.Match m = lex.longestAt(post, i);
      if (m != null && m.end() - 1 <= last) {
        return m.entry();
      }
    }
    return null;
  }

  /**
   * A lexicon entry starting within the {@code n} tokens after {@code offset}, nearest first, or
   * null.
   */
  static String cueAfter(AnalyzedPost post, Lexicon lex, int offset, int n) {
    int first = firstAfter(post, offset);
    int size = post.tokens().size();
    for (int i = first; i < size && i < first + n; i++) {
      Lexicon.Match m = lex.longestAt(post, i);
      if (m != null) {
        return m.entry();
      }
    }
    return null;
  }

  /**
   * The first key of {@code keys} among the {@code n} tokens before {@code offset}, nearest first,
   * or null.
   */
  static String keyBefore(AnalyzedPost post, int offset, int n, Set<String> keys) {
    int last = lastBefore(post, offset);
    List<Token> t = post.tokens();
    for (int i = last; i >= 0 && i > last - n; i--) {
      if (keys.contains(t.get(i).key())) {
        return t.get(i).key();
      }
    }
    return null;
  }

  /** The first key of {@code keys} among the {@code n} tokens after {@code offset}, or null. */
  static String keyAfter(AnalyzedPost post, int offset, int n, Set<String> keys) {
    List<Token> t = post.tokens();
    int first = firstAfter(post, offset);
    for (int i = first; i < t.size() && i < first + n; i++) {
      if (keys.contains(t.get(i).key())) {
        return t.get(i).key();
      }
    }
    return null;
  }

  /** The word token before index {@code i} skipping punctuation in {@code skip}, or null. */
  static Token prevWord(AnalyzedPost post, int i) {
    List<Token> t = post.tokens();
    for (int j = i - 1; j >= 0; j--) {
      Token k = t.get(j);
      if (k.type() != org.healthsocialtools.analysis.TokenType.PUNCT) {
        return k;
      }
    }
    return null;
  }
}
