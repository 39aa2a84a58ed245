package org.healthsocialtools.rules.accessibility;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;

/**
 * The emoji of a post as people see them: grapheme clusters (ICU4J) whose first code point is
 * pictographic, so {@code 👩‍⚕️} and a flag each count once. Computed once per post and shared by
 * the emoji rules.
 */
final class Emoji {

  /**
   * One emoji: its range in the normalised text, its text, and the index of the token it belongs
   * to.
   */
  record One(int start, int end, String text, int token) {}

  private static final AnalyzedPost.Key<List<One>> KEY = new AnalyzedPost.Key<>("emoji");
  private static final ThreadLocal<BreakIterator> GRAPHEMES =
      ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

  private Emoji() {}

  static List<One> of(AnalyzedPost post) {
    return post.shared(KEY, Emoji::find);
  }

  private static List<One> find(AnalyzedPost post) {
    List<One> out = new ArrayList<>();
    String text = post.text();
    for (Token t : post.tokens()) {
      if (t.type() != TokenType.EMOJI) {
        continue;
      }
      BreakIterator it = GRAPHEMES.get();
      it.setText(t.text());
      int s = it.first();
      for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
        int cp = t.text().codePointAt(s);
        if (isEmoji(cp)) {
          out.add(
              new One(
                  t.start() + s,
                  t.start() + e,
                  text.substring(t.start() + s, t.start() + e),
                  t.index()));
        }
      }
    }
    return out;
  }

  static boolean isEmoji(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR);
  }

  /** True when only white space separates the two ranges. */
  static boolean adjacent(String text, int end, int nextStart) {
    for (int i = end; i < nextStart; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
