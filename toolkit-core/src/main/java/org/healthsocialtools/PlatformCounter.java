package org.healthsocialtools;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthsocialtools.internal.text.TweetLength;

/**
 * Counts a text the way each platform does, so a length check agrees with the platform's own
 * counter:
 *
 * <ul>
 *   <li>X: weighted length from twitter-text (most CJK and emoji count 2, every URL 23);
 *   <li>Bluesky: grapheme clusters (limit 300; a 3,000-byte UTF-8 cap also applies, see {@link
 *       #utf8Bytes});
 *   <li>Mastodon: code points, every URL 23;
 *   <li>Threads: code points, an emoji counting its UTF-8 length;
 *   <li>Instagram, LinkedIn, Facebook: code points.
 * </ul>
 *
 * Thread-safe.
 */
public final class PlatformCounter {

  private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);
  private static final int URL_LENGTH = 23;

  private PlatformCounter() {}

  /** The length of {@code text} in the unit {@code platform} limits. */
  public static int count(String text, Platform platform) {
    return switch (platform) {
      case X -> TweetLength.weighted(text);
      case BLUESKY -> graphemes(text);
      case MASTODON -> withUrlsAs(text, URL_LENGTH);
      case THREADS -> threads(text);
      case INSTAGRAM, LINKEDIN, FACEBOOK -> text.codePointCount(0, text.length());
    };
  }

  /** Grapheme clusters (what a person sees as one character). */
  public static int graphemes(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(text);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  public static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int withUrlsAs(String text, int urlLength) {
    List<Extractor.Entity> urls = EXTRACTOR.get().extractURLsWithIndices(text);
    int n = text.codePointCount(0, text.length());
    for (Extractor.Entity u : urls) {
      n -= text.codePointCount(u.getStart(), u.getEnd());
      n += urlLength;
    }
    return n;
  }

  private static int threads(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      n +=
          cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF)
              ? new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length
              : 1;
      i += Character.charCount(cp);
    }
    return n;
  }
}
