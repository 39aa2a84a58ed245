package org.healthsocialtools.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Verdict;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.run.Checked;

/**
 * For people: each post's location and verdict, then each finding as the line of the post it is on
 * (a window of it, for lines wider than the terminal) with carets under the span, the message and
 * the suggestion; accepted and baseline findings marked as such; a summary line at the end. Input
 * errors are on standard error only. Colour only when asked (on a terminal).
 */
public final class TextWriter implements ReportWriter {
  private final Writer out;
  private final boolean colour;
  private final int width;

  public TextWriter(Writer out, boolean colour) {
    this(out, colour, Excerpt.terminalWidth());
  }

  /**
   * @param width columns of the terminal: long lines show a window around each span
   */
  public TextWriter(Writer out, boolean colour, int width) {
    this.out = out;
    this.colour = colour;
    this.width = Math.max(40, width);
  }

  @Override
  public void write(Checked c) throws IOException {
    if (c.isError()) {
      return;
    }
    InputItem item = c.item();
    String text = item.post().text();
    out.write(paint(bold(item.location() + (item.idGiven() ? " (" + item.id() + ")" : "")), ""));
    out.write("  " + verdict(c.verdict()) + notCounted(c) + "\n");
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
      boolean wholePost = f.start() == 0 && f.end() == text.length() && text.length() > 80;
      String mark =
          !flagged.suppressed()
              ? ""
              : flagged.suppression().accepted()
                  ? " (accepted: " + flagged.suppression().reason() + ")"
                  : " (in the baseline: not counted)";
      out.write(
          "  "
              + severity(f.severity())
              + " "
              + f.message()
              + "  ["
              + f.ruleId()
              + "]"
              + mark
              + "\n");
      if (!wholePost) {
        for (Excerpt.Row row :
            Excerpt.of(
                line, f.start() - lineStart, Math.min(f.end(), lineEnd) - lineStart, width - 6)) {
          out.write("    | " + row.text() + "\n");
          out.write("    | " + paint(row.carets(), color(f.severity())) + "\n");
        }
      }
      if (f.suggestion() != null) {
        out.write("    = " + f.suggestion() + "\n");
      }
    }
    out.write("\n");
  }

  /**
   * " (1 accepted and 2 baseline findings not counted)", or empty: why a post with findings may
   * still pass.
   */
  private static String notCounted(Checked c) {
    long accepted = 0;
    long baseline = 0;
    for (Checked.Flagged f : c.findings()) {
      if (f.suppressed()) {
        if (f.suppression().accepted()) {
          accepted++;
        } else {
          baseline++;
        }
      }
    }
    if (accepted + baseline == 0) {
      return "";
    }
    String a = accepted == 0 ? "" : accepted + " accepted";
    String b = baseline == 0 ? "" : baseline + " baseline";
    return " ("
        + a
        + (accepted > 0 && baseline > 0 ? " and " : "")
        + b
        + " finding"
        + (accepted + baseline == 1 ? "" : "s")
        + " not counted)";
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.write(summary.line() + "\n");
    out.flush();
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
