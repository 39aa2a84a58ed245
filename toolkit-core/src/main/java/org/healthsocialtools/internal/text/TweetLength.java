package org.healthsocialtools.internal.text;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * X's weighted length, equal to twitter-text's {@code
 * TwitterTextParser.parseTweet(text).weightedLength} (default configuration: scale 100, default
 * weight 200, the Latin-to-Georgian and General Punctuation ranges at 100, every link 23, an emoji
 * sequence 200) but about a hundred times faster on a long post. twitter-text runs its link and
 * emoji expressions (java.util.regex, heavy backtracking) over the whole text, a millisecond for a
 * 300-character post. Neither a link nor an emoji contains an ASCII space, tab or line break, so
 * here the expressions run only on the space-free runs that could hold one, each with the
 * characters around it that the expression reads: a run with a full stop followed by a letter or
 * digit (every link has one before its top-level domain) for links, a run with a character from
 * U+2000 up, other than the spaces, dashes and quotes there, or with the copyright or registered
 * sign, for emoji. The weighting loop is then twitter-text's own. {@code TweetLengthTest} compares
 * the two.
 */
public final class TweetLength {

  private static final int SCALE = 100;
  private static final int DEFAULT_WEIGHT = 200;
  private static final int URL_WEIGHT = 23 * SCALE;
  private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);

  private TweetLength() {}

  /** The weighted length of {@code text} as X counts it. */
  public static int weighted(String text) {
    if (text.trim().isEmpty()) {
      return 0;
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    Map<Integer, Integer> urls = new HashMap<>();
    Map<Integer, Integer> emoji = new HashMap<>();
    for (int start = 0; start < t.length(); ) {
      int end = start;
      boolean dot = false;
      boolean high = false;
      while (end < t.length() && !isBreak(t.charAt(end))) {
        char c = t.charAt(end++);
        dot |= c == '.' && end < t.length() && Character.isLetterOrDigit(t.codePointAt(end));
        high |= c >= 0x2000 && !light(c) || c == '\u00A9' || c == '\u00AE';
      }
      if (dot) {
        // With the break before and after: the link expression reads one character either side of a
        // link.
        int from = Math.max(0, start - 1);
        String run = t.substring(from, Math.min(t.length(), end + 1));
        for (Extractor.Entity e : EXTRACTOR.get().extractURLsWithIndices(run)) {
          urls.put(from + e.getStart(), e.getEnd() - e.getStart());
        }
      }
      if (high) {
        Matcher m = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.matcher(t).region(start, end);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
          emoji.put(m.start(), m.end() - m.start());
        }
      }
      start = end + 1;
    }
    return weigh(t, urls, emoji) / SCALE;
  }

  /**
   * twitter-text's loop: a link at the offset, then (in the same step) an emoji or one code point.
   */
  private static int weigh(String t, Map<Integer, Integer> urls, Map<Integer, Integer> emoji) {
    int count = 0;
    int offset = 0;
    while (offset < t.length()) {
      Integer url = urls.isEmpty() ? null : urls.get(offset);
      if (url != null) {
        count += URL_WEIGHT;
        offset += url;
      }
      if (offset < t.length()) {
        Integer e = emoji.isEmpty() ? null : emoji.get(offset);
        if (e != null) {
          count += DEFAULT_WEIGHT;
          offset += e;
        } else {
          int cp = t.codePointAt(offset);
          count += light(cp) ? SCALE : DEFAULT_WEIGHT;
          offset += Character.charCount(cp);
        }
      }
    }
    return count;
  }

  private static boolean light(int cp) {
    return cp <= 4351
        || cp >= 8192 && cp <= 8205
        || cp >= 8208 && cp <= 8223
        || cp >= 8242 && cp <= 8247;
  }

  private static boolean isBreak(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
