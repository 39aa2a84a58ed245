package org.healthsocialtools.internal.text;

import java.util.Arrays;

/**
 * The last normalisation step: undoes three ways of hiding a number from pattern rules, keeping the
 * offset map.
 *
 * <ul>
 *   <li>Three or more digit words in a row ("nine four three", "oh seven seven") become digits
 *       ("943", "077"): each digit maps back to its word. Two words ("one or two") are ordinary
 *       prose and stay.
 *   <li>Emoji, with any spaces around them, standing between two digits ("943📞476") become one
 *       space.
 *   <li>Keycap marks after a digit ("9️⃣") are dropped, leaving the digit.
 * </ul>
 *
 * One pass, linear time: every character is looked at a bounded number of times.
 */
final class DigitDisguises {

  static final int MIN_WORDS = 3;

  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh", "nought"
  };
  private static final char[] DIGITS = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '0'};

  private DigitDisguises() {}

  static NormalizedText apply(NormalizedText n) {
    String t = n.text();
    int len = t.length();
    StringBuilder out = null;
    int[] starts = null;
    int[] ends = null;
    int copied = 0;
    int i = 0;
    while (i < len) {
      char c = t.charAt(i);
      int next = i + 1;
      char kind = 0; // 'd' digit words, 's' one space, 'x' dropped
      int from = i;
      int to = i;
      if (isAsciiLetter(c) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
        int[] run = wordRun(t, i);
        if (run[0] >= MIN_WORDS) {
          kind = 'd';
          to = run[1];
        }
        next = kind != 0 ? run[1] : Math.max(run[2], i + 1);
      } else if (i > 0 && isAsciiDigit(t.charAt(i - 1)) && isKeycapPart(c)) {
        kind = 'x';
        to = i;
        while (to < len && isKeycapPart(t.charAt(to))) {
          to++;
        }
      } else if (i > 0 && isAsciiDigit(t.charAt(i - 1)) && (isEmojiPart(t, i) || c == ' ')) {
        int j = i;
        boolean emoji = false;
        while (j < len && (t.charAt(j) == ' ' || isEmojiPart(t, j))) {
          emoji |= t.charAt(j) != ' ';
          j += Character.charCount(t.codePointAt(j));
        }
        if (emoji && j < len && isAsciiDigit(t.charAt(j))) {
          kind = 's';
          to = j;
        }
        next = j;
      }
      if (kind == 0) {
        i = next;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(len);
        starts = new int[len];
        ends = new int[len];
      }
      for (int k = copied; k < from; k++) {
        starts[out.length()] = n.originalStart(k);
        ends[out.length()] = n.originalEnd(k);
        out.append(t.charAt(k));
      }
      if (kind == 's') {
        starts[out.length()] = n.originalStart(from);
        ends[out.length()] = n.originalEnd(to - 1);
        out.append(' ');
      } else if (kind == 'd') {
        appendDigits(n, t, from, to, out, starts, ends);
      }
      copied = to;
      i = to;
    }
    if (out == null) {
      return n;
    }
    for (int k = copied; k < len; k++) {
      starts[out.length()] = n.originalStart(k);
      ends[out.length()] = n.originalEnd(k);
      out.append(t.charAt(k));
    }
    int m = out.length();
    return new NormalizedText(
        n.original(), out.toString(), Arrays.copyOf(starts, m), Arrays.copyOf(ends, m));
  }

  /**
   * Reads digit words from {@code i}: {count, end of the last digit word, end of the first word
   * read}. Words are ASCII letters separated by one space, hyphen or comma-and-space.
   */
  private static int[] wordRun(String t, int i) {
    int count = 0;
    int lastEnd = i;
    int firstEnd = -1;
    int j = i;
    while (true) {
      int k = j;
      while (k < t.length() && isAsciiLetter(t.charAt(k))) {
        k++;
      }
      if (firstEnd < 0) {
        firstEnd = k;
      }
      if (k == j
          || (k < t.length() && Character.isLetterOrDigit(t.charAt(k)))
          || spokenDigit(t, j, k) < 0) {
        break;
      }
      count++;
      lastEnd = k;
      int s = k;
      if (s < t.length() && t.charAt(s) == ',') {
        s++;
      }
      if (s < t.length() && (t.charAt(s) == ' ' || t.charAt(s) == '-')) {
        s++;
      }
      if (s == k || s >= t.length() || !isAsciiLetter(t.charAt(s))) {
        break;
      }
      j = s;
    }
    return new int[] {count, lastEnd, firstEnd};
  }

  private static void appendDigits(
      NormalizedText n, String t, int from, int to, StringBuilder out, int[] starts, int[] ends) {
    forEachWord(
        t,
        from,
        to,
        (s, e) -> {
          int d = spokenDigit(t, s, e);
          // "double oh" is "00": the modifier spells the first digit, the word after it the second;
          // "triple seven" is "777", two of them from the modifier.
          for (int r = repeats(t, s, e); r > 0; r--) {
            starts[out.length()] = n.originalStart(s);
            ends[out.length()] = n.originalEnd(e - 1);
            out.append((char) d);
          }
        });
  }

  private interface WordSink {
    void word(int start, int end);
  }

  private static void forEachWord(String t, int from, int to, WordSink sink) {
    int i = from;
    while (i < to) {
      int k = i;
      while (k < to && isAsciiLetter(t.charAt(k))) {
        k++;
      }
      if (k > i) {
        sink.word(i, k);
      }
      i = k + 1;
    }
  }

  /**
   * The digit the word {@code [s, e)} spells, or, for "double", "triple" or "treble" (as phone
   * numbers are read aloud in the UK), the digit of the word after it; -1 otherwise.
   */
  private static int spokenDigit(String t, int s, int e) {
    if (!modifier(t, s, e)) {
      return digit(t, s, e);
    }
    int i = e;
    if (i < t.length() && t.charAt(i) == ',') {
      return -1; // "double, oh": not one spoken group
    }
    if (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '-')) {
      i++;
    }
    int k = i;
    while (k < t.length() && isAsciiLetter(t.charAt(k))) {
      k++;
    }
    return k > i && !modifier(t, i, k) ? digit(t, i, k) : -1;
  }

  private static boolean modifier(String t, int s, int e) {
    return e - s == 6
        && (t.regionMatches(true, s, "double", 0, 6)
            || t.regionMatches(true, s, "triple", 0, 6)
            || t.regionMatches(true, s, "treble", 0, 6));
  }

  /**
   * How many digits the word stands for: 1 for a digit word, 1 for "double", 2 for
   * "triple"/"treble".
   */
  private static int repeats(String t, int s, int e) {
    int n = e - s;
    if (n == 6
        && (t.regionMatches(true, s, "triple", 0, 6) || t.regionMatches(true, s, "treble", 0, 6))) {
      return 2;
    }
    return 1;
  }

  /** The digit the word {@code [s, e)} spells, or -1. Allocation-free: this runs on every post. */
  private static int digit(String t, int s, int e) {
    int n = e - s;
    if (n < 2 || n > 6) {
      return -1;
    }
    for (int w = 0; w < WORDS.length; w++) {
      if (WORDS[w].length() == n && t.regionMatches(true, s, WORDS[w], 0, n)) {
        return DIGITS[w];
      }
    }
    return -1;
  }

  private static boolean isKeycapPart(char c) {
    return c == '\uFE0F' || c == '\u20E3';
  }

  private static boolean isEmojiPart(String t, int i) {
    int cp = t.codePointAt(i);
    return cp >= 0x1F000
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || cp == 0x200D
        || cp == 0xFE0F
        || cp == 0x20E3
        || Character.getType(cp) == Character.OTHER_SYMBOL;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
