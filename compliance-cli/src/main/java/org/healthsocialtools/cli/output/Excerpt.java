package org.healthsocialtools.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of one line of a post to show under a finding, fitted to the terminal: the whole line
 * when it fits, else a window centred on the span with an ellipsis where the line is cut, and a
 * span wider than the terminal wrapped over several rows. Widths count code points (an emoji is one
 * column), as the carets do.
 */
final class Excerpt {

  /** A text row and the caret row under it. */
  record Row(String text, String carets) {}

  private static final String CUT = "\u2026";

  private Excerpt() {}

  /**
   * @param line one line of the post
   * @param start UTF-16 offset in {@code line} where the span starts
   * @param end UTF-16 offset in {@code line} where the span ends (exclusive), at most {@code
   *     line.length()}
   * @param width columns available for the text, at least 10
   */
  static List<Row> of(String line, int start, int end, int width) {
    int n = line.codePointCount(0, line.length());
    int s = line.codePointCount(0, start);
    int e = Math.max(s + 1, line.codePointCount(0, end));
    List<Row> rows = new ArrayList<>(1);
    if (n <= width) {
      rows.add(new Row(line, " ".repeat(s) + "^".repeat(Math.min(e, Math.max(n, s + 1)) - s)));
      return rows;
    }
    int room = width - 2; // one column for an ellipsis each side
    if (e - s <= room) {
      int from = Math.max(0, s - (room - (e - s)) / 2);
      int to = Math.min(n, from + room);
      from = Math.max(0, to - room);
      rows.add(row(line, n, from, to, s, e));
      return rows;
    }
    for (int from = s; from < e; from += room) {
      int to = Math.min(e, from + room);
      rows.add(row(line, n, from, to, from, to));
    }
    return rows;
  }

  /**
   * Code points {@code from..to} of the line, with ellipses where cut, and carets under {@code
   * s..e}.
   */
  private static Row row(String line, int n, int from, int to, int s, int e) {
    String text = (from > 0 ? CUT : "") + cut(line, from, to) + (to < n ? CUT : "");
    int lead = (from > 0 ? 1 : 0) + (s - from);
    int carets = Math.max(1, Math.min(e, to) - s);
    return new Row(text, " ".repeat(lead) + "^".repeat(carets));
  }

  private static String cut(String line, int fromCp, int toCp) {
    int a = line.offsetByCodePoints(0, fromCp);
    int b = line.offsetByCodePoints(a, toCp - fromCp);
    return line.substring(a, b);
  }

  /**
   * Columns for excerpts: on a terminal, {@code COLUMNS} when the shell exports it; else (and for
   * files and pipes, so reports do not depend on who ran them) 100. Never under 40.
   */
  static int terminalWidth() {
    String c = System.console() != null ? System.getenv("COLUMNS") : null;
    int w = 100;
    if (c != null) {
      try {
        w = Integer.parseInt(c.strip());
      } catch (NumberFormatException ignored) {
        // not a number: keep the default
      }
    }
    return Math.max(40, w);
  }
}
