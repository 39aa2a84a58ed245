package org.healthsocialtools.internal.nlp;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.healthsocialtools.analysis.TokenType;

/**
 * Splits normalised text into tokens with Lucene's UAX#29 tokenizer, which keeps URLs, e-mail
 * addresses, numbers and emoji whole, then adds what social posts need: {@code #hashtags} and
 * {@code @mentions} as single tokens, and one token per punctuation character in the gaps (the POS
 * tagger and phrase rules want them). Not thread-safe; {@link #get()} gives each thread its own.
 */
public final class Tokenizer {

  /** A token before sentences are known. */
  public record Raw(int start, int end, String text, String key, TokenType type) {}

  private static final ThreadLocal<Tokenizer> LOCAL = ThreadLocal.withInitial(Tokenizer::new);

  private final UAX29URLEmailTokenizer lucene = new UAX29URLEmailTokenizer();
  private final CharTermAttribute term = lucene.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = lucene.addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = lucene.addAttribute(TypeAttribute.class);

  private Tokenizer() {
    lucene.setMaxTokenLength(1024);
  }

  public static Tokenizer get() {
    return LOCAL.get();
  }

  public List<Raw> tokenize(String text) {
    List<Raw> out = new ArrayList<>(Math.max(8, text.length() / 5));
    int gapStart = 0;
    try {
      lucene.setReader(new StringReader(text));
      lucene.reset();
      while (lucene.incrementToken()) {
        int s = offset.startOffset();
        int e = offset.endOffset();
        TokenType t = typeOf(type.type());
        if ((t == TokenType.EMAIL || t == TokenType.URL)
            && e - s > 1
            && text.charAt(e - 1) == '.') {
          // "mail jo@example.com." : Lucene reads the full stop as a root-domain dot; it ends the
          // sentence.
          while (e - s > 1 && text.charAt(e - 1) == '.') {
            e--;
          }
          addPunct(text, gapStart, s, out);
          String kept = text.substring(s, e);
          out.add(new Raw(s, e, kept, kept.toLowerCase(Locale.ROOT), t));
          gapStart = e;
          continue;
        }
        if (t == TokenType.WORD || t == TokenType.NUMBER) {
          char before = s > 0 ? text.charAt(s - 1) : ' ';
          boolean signed =
              s > gapStart
                  && (before == '#' || before == '@')
                  && (s < 2 || !Character.isLetterOrDigit(text.charAt(s - 2)));
          if (signed) {
            addPunct(text, gapStart, s - 1, out);
            t = before == '#' ? TokenType.HASHTAG : TokenType.MENTION;
            out.add(new Raw(s - 1, e, text.substring(s - 1, e), key(term), t));
            gapStart = e;
            continue;
          }
        }
        addPunct(text, gapStart, s, out);
        out.add(
            new Raw(s, e, text.substring(s, e), t == TokenType.WORD ? key(term) : lower(term), t));
        gapStart = e;
      }
      lucene.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        lucene.close();
      } catch (IOException ignored) {
        // a StringReader cannot fail to close
      }
    }
    addPunct(text, gapStart, text.length(), out);
    return out;
  }

  private static void addPunct(String text, int from, int to, List<Raw> out) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (!Character.isWhitespace(cp)) {
        String s = text.substring(i, i + n);
        TokenType t =
            Character.isLetterOrDigit(cp)
                ? TokenType.WORD
                : isEmoji(cp) ? TokenType.EMOJI : TokenType.PUNCT;
        out.add(new Raw(i, i + n, s, s.toLowerCase(Locale.ROOT), t));
      }
      i += n;
    }
  }

  private static boolean isEmoji(int cp) {
    return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF);
  }

  private static TokenType typeOf(String luceneType) {
    return switch (luceneType) {
      case "<URL>" -> TokenType.URL;
      case "<EMAIL>" -> TokenType.EMAIL;
      case "<NUM>" -> TokenType.NUMBER;
      case "<EMOJI>" -> TokenType.EMOJI;
      default -> TokenType.WORD;
    };
  }

  private static String lower(CharTermAttribute t) {
    return t.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The match form of a word: lower case, curly apostrophes straight, diacritics removed, a
   * trailing possessive {@code 's} dropped. Rule terms go through the same function.
   */
  public static String key(CharSequence word) {
    String s =
        word.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    if (s.endsWith("'s") && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return withoutMarks(s);
      }
    }
    return s;
  }

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /**
   * Canonical decomposition with every combining mark dropped, one code point at a time: the same
   * result as NFD followed by removing marks, but linear, because marks that are dropped never need
   * canonical reordering (which is quadratic on long runs of mixed marks).
   */
  static String withoutMarks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      String d = NFD.getDecomposition(cp);
      if (d == null) {
        appendUnlessMark(b, cp);
      } else {
        for (int j = 0; j < d.length(); ) {
          int c = d.codePointAt(j);
          j += Character.charCount(c);
          appendUnlessMark(b, c);
        }
      }
    }
    return b.toString();
  }

  private static void appendUnlessMark(StringBuilder b, int cp) {
    int t = Character.getType(cp);
    if (t != Character.NON_SPACING_MARK
        && t != Character.ENCLOSING_MARK
        && t != Character.COMBINING_SPACING_MARK) {
      b.appendCodePoint(cp);
    }
  }
}
