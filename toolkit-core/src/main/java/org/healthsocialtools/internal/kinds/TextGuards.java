package org.healthsocialtools.internal.kinds;

import org.healthsocialtools.analysis.AnalyzedPost;

/**
 * Guards on the text around a hit that words alone cannot express. Both are linear scans over the
 * normalised text and allocate nothing; the quote map is computed once per post and shared by every
 * rule that asks.
 */
final class TextGuards {

  private static final AnalyzedPost.Key<boolean[]> QUOTED = new AnalyzedPost.Key<>("quoted-chars");

  /** A quotation that runs on longer than this is more likely a stray mark than quoted speech. */
  private static final int MAX_QUOTE = 400;

  /** How far an explanation in brackets may reach around a term. */
  private static final int MAX_BRACKET = 80;

  private TextGuards() {}

  /**
   * True if {@code offset} lies inside double quotation marks ({@code "..."} or curly {@code
   * “...”}).
   */
  static boolean quoted(AnalyzedPost post, int offset) {
    boolean[] q = post.shared(QUOTED, TextGuards::quoteMap);
    return offset >= 0 && offset < q.length && q[offset];
  }

  private static boolean[] quoteMap(AnalyzedPost post) {
    String t = post.text();
    boolean[] in = new boolean[t.length()];
    int open = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean opener = c == '\u201C' || c == '"' && open < 0;
      boolean closer = c == '\u201D' || c == '"' && open >= 0;
      if (closer && open >= 0) {
        if (i - open <= MAX_QUOTE) {
          for (int j = open + 1; j < i; j++) {
            in[j] = true;
          }
        }
        open = -1;
      } else if (opener) {
        open = i;
      }
    }
    return in;
  }

  /**
   * True if the post explains the term in brackets beside it: the term is followed by {@code (...)}
   * ("NBM (nothing to eat or drink)"), or stands inside brackets after the plain words ("feeling
   * sick (nausea)", "blood in your poo (faecal immunochemical test)", "(A&amp;E)").
   */
  static boolean explained(String text, int start, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '(') {
      return true;
    }
    return insideBrackets(text, start, end);
  }

  /**
   * True if an opening bracket comes before the range and a closing one after it, close by on both
   * sides.
   */
  private static boolean insideBrackets(String text, int start, int end) {
    boolean open = false;
    for (int b = start - 1; b >= Math.max(0, start - MAX_BRACKET); b--) {
      char c = text.charAt(b);
      if (c == ')' || c == '\n') {
        return false;
      }
      if (c == '(') {
        open = true;
        break;
      }
    }
    if (!open) {
      return false;
    }
    for (int a = end; a < Math.min(text.length(), end + MAX_BRACKET); a++) {
      char c = text.charAt(a);
      if (c == '(' || c == '\n') {
        return false;
      }
      if (c == ')') {
        return true;
      }
    }
    return false;
  }
}
