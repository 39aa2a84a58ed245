package org.healthsocialtools.internal.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Normalises a draft in one pass so that detection sees through formatting tricks, keeping an
 * offset map back to the original text:
 *
 * <ol>
 *   <li>Unicode NFKC (full-width and styled letters and digits become ASCII);
 *   <li>zero-width and bidi controls, soft hyphens and other format characters are removed (a
 *       zero-width joiner between emoji is kept so emoji sequences stay whole);
 *   <li>decimal digits of any script become ASCII digits;
 *   <li>Cyrillic and Greek letters that look Latin become Latin when they stand next to a Latin
 *       letter or a digit, and lone Cyrillic look-alikes too;
 *   <li>every run of white space becomes one space, or one newline when the run holds a line break;
 *   <li>numbers in disguise become digits: runs of three or more digit words, emoji between digits,
 *       keycaps (see {@link DigitDisguises}).
 * </ol>
 *
 * Thread-safe and allocation-light: a string with nothing to change is returned as is.
 */
public final class Normalizer {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** Longest stretch normalised as one unit, in code points: a base and up to 31 marks. */
  static final int MAX_CHUNK = 32;

  /**
   * Combining marks kept after one base character. Real text stacks two or three (Vietnamese, Welsh
   * circumflex plus accent); "Zalgo" text stacks hundreds to hide words and to make
   * regular-expression word boundaries, which look back over every mark for the base letter,
   * quadratic. Marks past this many carry no meaning for detection and are dropped from the
   * normalised text (the original keeps them).
   */
  static final int MAX_MARKS = 6;

  private Normalizer() {}

  public static NormalizedText normalize(String original) {
    NormalizedText n =
        isPlain(original)
            ? new NormalizedText(original, original, null, null)
            : new Builder(original).run();
    return DigitDisguises.apply(n);
  }

  /** ASCII text with single spaces and no control characters needs no work. */
  private static boolean isPlain(String s) {
    char prev = 'x';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80
          || (c < 0x20 && c != '\n')
          || (c == ' ' && (prev == ' ' || prev == '\n'))
          || (c == '\n' && (prev == '\n' || prev == ' '))) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  private static final class Builder {
    private final String in;
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;
    private int marks;
    private int pendingSpaceStart = -1;
    private int pendingSpaceEnd;
    private boolean pendingNewline;

    Builder(String in) {
      this.in = in;
      this.out = new StringBuilder(in.length());
      this.starts = new int[in.length() + 8];
      this.ends = new int[in.length() + 8];
    }

    NormalizedText run() {
      int i = 0;
      int n = in.length();
      while (i < n) {
        // A chunk runs from one normalisation boundary to the next, so NFKC composes combining
        // marks correctly,
        // but holds at most MAX_CHUNK code points (as in Unicode's stream-safe text format, UAX
        // #15): reordering a
        // long run of mixed combining marks is quadratic, and no real text has more than a few
        // marks in a row.
        int chunkEnd = i + Character.charCount(in.codePointAt(i));
        for (int count = 1;
            chunkEnd < n && count < MAX_CHUNK && !NFKC.hasBoundaryBefore(in.codePointAt(chunkEnd));
            count++) {
          chunkEnd += Character.charCount(in.codePointAt(chunkEnd));
        }
        int cp = in.codePointAt(i);
        if (chunkEnd - i == Character.charCount(cp) && cp < 0x80) {
          emitCodePoint(cp, i, chunkEnd);
        } else {
          String chunk = in.substring(i, chunkEnd);
          String norm = NFKC.normalize(chunk);
          for (int j = 0; j < norm.length(); ) {
            int c = norm.codePointAt(j);
            emitCodePoint(c, i, chunkEnd);
            j += Character.charCount(c);
          }
        }
        i = chunkEnd;
      }
      flushSpace();
      return new NormalizedText(in, out.toString(), starts, ends);
    }

    private void emitCodePoint(int cp, int from, int to) {
      if (isSpace(cp)) {
        marks = 0;
        if (pendingSpaceStart < 0) {
          pendingSpaceStart = from;
        }
        pendingSpaceEnd = to;
        pendingNewline |= isLineBreak(cp);
        return;
      }
      if (isInvisible(cp)) {
        if (cp == 0x200D
            && out.length() > 0
            && !Character.isLetterOrDigit(lastCodePoint())
            && pendingSpaceStart < 0) {
          append(cp, from, to);
        }
        return;
      }
      flushSpace();
      if (isMark(cp)) {
        if (++marks > MAX_MARKS) {
          return;
        }
      } else {
        marks = 0;
      }
      if (cp >= 0x80 && Character.isDigit(cp)) {
        cp = '0' + Character.digit(cp, 10);
      } else if (cp >= 0x370) {
        cp = foldConfusable(cp, to);
      }
      append(cp, from, to);
    }

    private void flushSpace() {
      if (pendingSpaceStart >= 0) {
        append(pendingNewline ? '\n' : ' ', pendingSpaceStart, pendingSpaceEnd);
        pendingSpaceStart = -1;
        pendingNewline = false;
      }
    }

    private int lastCodePoint() {
      return Character.codePointBefore(out, out.length());
    }

    /**
     * A Cyrillic or Greek look-alike becomes the Latin letter when it stands next to a Latin letter
     * or a digit ("Mаrgаret", "839К", "аños"); a lone Cyrillic look-alike between non-letters
     * ("Х-ray") too. A look-alike next to another Cyrillic or Greek letter is part of a genuine
     * word and stays.
     */
    private int foldConfusable(int cp, int nextIndex) {
      int latin = Confusables.latinFor(cp);
      if (latin < 0) {
        return cp;
      }
      int prev = out.length() > 0 ? lastCodePoint() : ' ';
      int next = nextIndex < in.length() ? in.codePointAt(nextIndex) : ' ';
      if (isLatinOrDigit(prev) || isLatinOrDigit(next)) {
        return latin;
      }
      boolean cyrillic = cp >= 0x0400 && cp <= 0x04FF;
      return cyrillic && !Character.isLetter(prev) && !Character.isLetter(next) ? latin : cp;
    }

    private void append(int cp, int from, int to) {
      int need = out.length() + 2;
      if (need > starts.length) {
        int size = Math.max(need, starts.length * 2);
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
      }
      int at = out.length();
      out.appendCodePoint(cp);
      for (int k = at; k < out.length(); k++) {
        starts[k] = from;
        ends[k] = to;
      }
    }
  }

  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  /** An ASCII digit or a letter of the Latin script (ñ and é count: "аños"). */
  static boolean isLatinOrDigit(int cp) {
    return isAsciiLetter(cp)
        || (cp >= '0' && cp <= '9')
        || cp >= 0x80
            && Character.isLetter(cp)
            && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  static boolean isLineBreak(int cp) {
    return cp == '\n'
        || cp == '\r'
        || cp == 0x0B
        || cp == 0x0C
        || cp == 0x85
        || cp == 0x2028
        || cp == 0x2029;
  }

  /**
   * Zero-width, bidi and other format controls, soft hyphen, and C0/C1 controls that are not white
   * space.
   */
  static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.CONTROL
        || cp == 0x00AD
        || cp == 0x034F
        || (cp >= 0x180B && cp <= 0x180E)
        || cp == 0x3164
        || cp == 0x115F
        || cp == 0x1160;
  }
}
