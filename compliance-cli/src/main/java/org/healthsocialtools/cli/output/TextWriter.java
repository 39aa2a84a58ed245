package org.healthsocialtools.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Verdict;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.run.Checked;

/**
 * For people: each post's location and verdict, then each finding as the line of the post it is on with carets
 * under the span, the message and the suggestion; accepted and baseline findings marked as such; a summary line
 * at the end. Input errors are on standard error only. Colour only when asked (on a terminal).
 */
public final class TextWriter implements ReportWriter {
  private final Writer out;
  private final boolean colour;

  public TextWriter(Writer out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  @Override
  public void write(Checked c) throws IOException {
    if (c.isError()) {
      return;
    }
    InputItem item = c.item();
    String text = item.post().text();
    out.write(paint(bold(item.location() + (item.idGiven() ? " (" + item.id() + ")" : "")), ""));
    out.write("  " + verdict(c.verdict()) + "\n");
    for (Checked.Flagged flagged : c.findings()) {
      Finding f = flagged.finding();
      int lineStart = text.lastIndexOf('\n', Math.max(0, f.start() - 1)) + 1;
      if (f.start() == 0) {
        lineStart = 0;
      }
      int lineEnd = text.indexOf('\n', f.start());
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      int col = f.start() - lineStart;
      int width = Math.max(1, Math.min(f.end(), lineEnd) - f.start());
      boolean wholePost = f.start() == 0 && f.end() == text.length() && text.length() > 80;
      String mark = !flagged.suppressed() ? ""
          : flagged.suppression().accepted() ? " (accepted: " + flagged.suppression().reason() + ")" : " (in baseline)";
      out.write("  " + severity(f.severity()) + " " + f.message() + "  [" + f.ruleId() + "]" + mark + "\n");
      if (!wholePost) {
        out.write("    | " + line + "\n");
        out.write("    | " + " ".repeat(displayWidth(line, col)) + paint("^".repeat(displayWidth(line.substring(col),
            Math.min(width, line.length() - col))), color(f.severity())) + "\n");
      }
      if (f.suggestion() != null) {
        out.write("    = " + f.suggestion() + "\n");
      }
    }
    out.write("\n");
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.write(summary.line() + "\n");
    out.flush();
  }

  /** Columns that {@code n} UTF-16 units of {@code s} take, counting a surrogate pair as one column. */
  private static int displayWidth(String s, int n) {
    n = Math.max(0, Math.min(n, s.length()));
    return s.codePointCount(0, n);
  }

  private String verdict(Verdict v) {
    return switch (v) {
      case BLOCK -> paint("BLOCK: do not post", "31;1");
      case REVIEW -> paint("REVIEW: needs a look", "33;1");
      case PASS -> paint("PASS: ready to post", "32;1");
    };
  }

  private String severity(Severity s) {
    return paint(s.id(), color(s));
  }

  private static String color(Severity s) {
    return switch (s) {
      case ERROR -> "31";
      case WARNING -> "33";
      case INFO -> "36";
    };
  }

  private String bold(String s) {
    return colour ? "\u001B[1m" + s + "\u001B[0m" : s;
  }

  private String paint(String s, String code) {
    return colour && !code.isEmpty() ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
  }
}
