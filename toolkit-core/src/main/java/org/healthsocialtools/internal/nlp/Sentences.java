package org.healthsocialtools.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries: every line break ends a sentence (posts use them as full stops); within a
 * line, English text goes through OpenNLP's sentence detector and other languages through a
 * punctuation rule. Returns {@code [start, end)} pairs over the normalised text, covering it
 * without gaps.
 */
public final class Sentences {

  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.sentenceModel()));

  private Sentences() {}

  public static List<int[]> split(String text, boolean english) {
    List<int[]> out = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > lineStart) {
          splitLine(text, lineStart, i, english, out);
        }
        lineStart = i + 1;
      }
    }
    if (out.isEmpty()) {
      out.add(new int[] {0, text.length()});
    }
    // Close gaps so that every offset belongs to a sentence.
    out.get(0)[0] = 0;
    for (int k = 1; k < out.size(); k++) {
      out.get(k - 1)[1] = out.get(k)[0];
    }
    out.get(out.size() - 1)[1] = text.length();
    return out;
  }

  /**
   * OpenNLP scans from every end-of-sentence candidate to the next white space (twice), so a long
   * run without spaces full of dots costs time quadratic in its length. Candidates inside runs
   * longer than this are hidden from it: such a run is a URL, a code or garbage, never the end of a
   * sentence.
   */
  static final int MAX_RUN_WITH_BOUNDARIES = 64;

  private static void splitLine(String text, int from, int to, boolean english, List<int[]> out) {
    if (english && hasSentencePunct(text, from, to)) {
      Span[] spans = DETECTOR.get().sentPosDetect(maskLongRuns(text.substring(from, to)));
      for (Span s : spans) {
        out.add(new int[] {from + s.getStart(), from + s.getEnd()});
      }
      if (spans.length > 0) {
        return;
      }
    } else {
      int start = from;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?')
            && i + 1 < to
            && text.charAt(i + 1) == ' '
            && i + 2 < to
            && Character.isUpperCase(text.charAt(i + 2))) {
          out.add(new int[] {start, i + 1});
          start = i + 2;
        }
      }
      out.add(new int[] {start, to});
      return;
    }
    out.add(new int[] {from, to});
  }

  /**
   * The line with sentence punctuation inside over-long runs without white space replaced; same
   * length.
   */
  static String maskLongRuns(String line) {
    char[] masked = null;
    int runStart = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || Character.isWhitespace(line.charAt(i))) {
        if (i - runStart > MAX_RUN_WITH_BOUNDARIES) {
          for (int k = runStart; k < i; k++) {
            char c = line.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
              if (masked == null) {
                masked = line.toCharArray();
              }
              masked[k] = '_';
            }
          }
        }
        runStart = i + 1;
      }
    }
    return masked == null ? line : new String(masked);
  }

  private static boolean hasSentencePunct(String text, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }
}
