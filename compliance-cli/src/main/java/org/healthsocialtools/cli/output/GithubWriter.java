package org.healthsocialtools.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.healthsocialtools.Finding;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.run.Checked;

/**
 * GitHub Actions workflow commands: {@code ::error
 * file=F,line=L,col=C,endColumn=E,title=RULE::message} per finding ({@code warning} and {@code
 * notice} for lower severities), so findings show on the pull request's diff. Accepted and baseline
 * findings are left out; input problems are {@code ::error} lines. Values are escaped as the
 * workflow command syntax requires ({@code %}, CR, LF everywhere; also {@code :} and {@code ,} in
 * properties).
 */
public final class GithubWriter implements ReportWriter {
  private final Writer out;

  public GithubWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Checked c) throws IOException {
    InputItem item = c.item();
    if (c.isError()) {
      out.write(
          "::error "
              + props(item.file(), new Position(Math.max(1, item.line()), 0, 0, 0), "hst input")
              + "::"
              + data(item.location() + ": " + item.error())
              + "\n");
      return;
    }
    for (Checked.Flagged flagged : c.findings()) {
      if (flagged.suppressed()) {
        continue;
      }
      Finding f = flagged.finding();
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      String msg =
          f.message()
              + (item.row() > 0 ? " (row " + item.row() + ")" : "")
              + (f.suggestion() == null ? "" : " Fix: " + f.suggestion());
      out.write(
          "::"
              + command
              + " "
              + props(item.file(), Position.of(item, f), f.ruleId())
              + "::"
              + data(msg)
              + "\n");
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.write(summary.line() + "\n");
    out.flush();
  }

  private static String props(String file, Position p, String title) {
    StringBuilder b =
        new StringBuilder("file=").append(prop(file)).append(",line=").append(p.line());
    if (p.column() > 0) {
      b.append(",col=").append(p.column());
      if (p.endLine() == p.line()) {
        b.append(",endColumn=").append(p.endColumn());
      } else {
        b.append(",endLine=").append(p.endLine());
      }
    }
    return b.append(",title=").append(prop(title)).toString();
  }

  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String prop(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
