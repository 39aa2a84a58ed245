package org.healthsocialtools.internal.kinds;

import java.util.List;
import java.util.Locale;
import org.healthsocialtools.Platform;
import org.healthsocialtools.PlatformCounter;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Sentence;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;

/**
 * The measures a {@code metric} rule can compare with a threshold. Each returns its value and the
 * normalised-text range it is about ({@code null} for the whole post).
 */
public enum Metric {
  /** The post's length counted the platform's way ({@link PlatformCounter}). */
  LENGTH,
  /** UTF-8 bytes (Bluesky caps posts at 3,000). */
  UTF8_BYTES,
  /** Hashtags in the post. */
  HASHTAGS,
  /** Links in the post. */
  LINKS,
  /** Flesch reading ease (higher is easier; NHS aims for 60 or more, a reading age of 9 to 11). */
  FLESCH_READING_EASE,
  /** Flesch-Kincaid grade level. */
  FLESCH_KINCAID_GRADE,
  /** Words in the longest sentence; the range is that sentence. */
  LONGEST_SENTENCE_WORDS,
  /** Words in the post. */
  WORDS;

  /**
   * A measured value and the range of normalised text it concerns ({@code start < 0} for the whole
   * post).
   */
  public record Value(double value, int start, int end) {}

  public static Metric fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public Value measure(AnalyzedPost post, Platform platform) {
    List<Token> tokens = post.tokens();
    return switch (this) {
      case LENGTH ->
          whole(platform == null ? -1 : PlatformCounter.count(post.original(), platform));
      case UTF8_BYTES -> whole(PlatformCounter.utf8Bytes(post.original()));
      case HASHTAGS -> whole(count(tokens, TokenType.HASHTAG));
      case LINKS -> whole(count(tokens, TokenType.URL));
      case FLESCH_READING_EASE, FLESCH_KINCAID_GRADE -> readability(post);
      case LONGEST_SENTENCE_WORDS -> longestSentence(post);
      case WORDS -> whole(count(tokens, TokenType.WORD));
    };
  }

  /**
   * A cheap upper bound of X's weighted length: every code point at its twitter-text weight (1 for
   * most Latin, Greek, Cyrillic and punctuation, 2 for the rest) plus 23 for each full stop
   * followed by a letter or digit, since every link has one (before its top-level domain) and X
   * counts a link as 23. When the bound is within the limit the exact (and much slower) parse is
   * not needed.
   */
  public static int xLengthUpperBound(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean light =
          cp <= 4351
              || cp >= 8192 && cp <= 8205
              || cp >= 8208 && cp <= 8223
              || cp >= 8242 && cp <= 8247;
      n += light ? 1 : 2;
      if (cp == '.' && i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
        n += 23;
      }
    }
    return n;
  }

  /**
   * A cheap upper bound of {@link PlatformCounter#count}, or {@link Integer#MAX_VALUE} when there
   * is none cheaper than the count itself. Bluesky's graphemes and Mastodon's code points never
   * outnumber UTF-16 units; Mastodon adds at most 23 per link, and every link has a full stop
   * followed by a letter or digit.
   */
  public static int lengthUpperBound(String text, Platform platform) {
    return switch (platform) {
      case X -> xLengthUpperBound(text);
      case BLUESKY -> text.length();
      case MASTODON -> text.length() + 23 * linkDots(text);
      default -> Integer.MAX_VALUE;
    };
  }

  private static int linkDots(String text) {
    int n = 0;
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
        n++;
      }
    }
    return n;
  }

  private static Value whole(double v) {
    return new Value(v, -1, -1);
  }

  private static int count(List<Token> tokens, TokenType type) {
    int n = 0;
    for (Token t : tokens) {
      if (t.type() == type) {
        n++;
      }
    }
    return n;
  }

  private Value readability(AnalyzedPost post) {
    int words = 0;
    int syllables = 0;
    int sentences = 0;
    for (Sentence s : post.sentences()) {
      int w = 0;
      for (int i = s.firstToken(); i < s.tokenEnd(); i++) {
        Token t = post.tokens().get(i);
        if (t.type() == TokenType.WORD && Character.isLetter(t.text().charAt(0))) {
          w++;
          syllables += syllables(t.key());
        }
      }
      if (w > 0) {
        sentences++;
        words += w;
      }
    }
    if (words == 0) {
      return whole(this == FLESCH_READING_EASE ? 100 : 0);
    }
    double wps = (double) words / sentences;
    double spw = (double) syllables / words;
    double v =
        this == FLESCH_READING_EASE
            ? 206.835 - 1.015 * wps - 84.6 * spw
            : 0.39 * wps + 11.8 * spw - 15.59;
    return whole(Math.round(v * 10) / 10.0);
  }

  private static Value longestSentence(AnalyzedPost post) {
    int best = 0;
    Sentence at = null;
    for (Sentence s : post.sentences()) {
      int w = 0;
      for (int i = s.firstToken(); i < s.tokenEnd(); i++) {
        if (post.tokens().get(i).type() == TokenType.WORD) {
          w++;
        }
      }
      if (w > best) {
        best = w;
        at = s;
      }
    }
    if (at == null) {
      return whole(0);
    }
    int start = at.start();
    int end = at.end();
    String text = post.text();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Value(best, start, end);
  }

  /** Vowel groups, less a silent final e; at least one. Good enough for Flesch on English. */
  static int syllables(String word) {
    int n = 0;
    boolean prevVowel = false;
    int len = word.length();
    for (int i = 0; i < len; i++) {
      char c = word.charAt(i);
      boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
      if (vowel && !prevVowel) {
        n++;
      }
      prevVowel = vowel;
    }
    if (len > 2 && word.endsWith("e") && !word.endsWith("le") && n > 1) {
      n--;
    }
    return Math.max(1, n);
  }
}
