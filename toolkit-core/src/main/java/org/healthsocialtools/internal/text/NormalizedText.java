package org.healthsocialtools.internal.text;

import org.healthsocialtools.Span;

/**
 * Text after normalisation, with a map from every normalised UTF-16 unit back to the original range
 * that produced it. Contract: for every {@code i}, {@code originalStart(i) <= originalEnd(i)}, both
 * lie within the original, and the map is monotonic, so any normalised span maps to a well-formed
 * original span.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  /** {@code starts} and {@code ends} are null for the identity map. */
  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The text exactly as given. */
  public String original() {
    return original;
  }

  /** The normalised text rules read. */
  public String text() {
    return text;
  }

  /** Maps a normalised half-open range to the original span that produced it. */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end > text.length() || end < start) {
      throw new IndexOutOfBoundsException(
          "[" + start + ", " + end + ") outside normalised text of " + text.length());
    }
    if (starts == null) {
      return new Span(start, end);
    }
    if (start == end) {
      int at = start < text.length() ? starts[start] : original.length();
      return new Span(at, at);
    }
    return new Span(starts[start], ends[end - 1]);
  }

  /** First original index behind normalised index {@code i}. */
  int originalStart(int i) {
    return starts == null ? i : starts[i];
  }

  /** End (exclusive) of the original range behind normalised index {@code i}. */
  int originalEnd(int i) {
    return ends == null ? i + 1 : ends[i];
  }

  /** True when normalisation changed nothing (the common case; offsets are then the identity). */
  public boolean isIdentity() {
    return starts == null;
  }
}
