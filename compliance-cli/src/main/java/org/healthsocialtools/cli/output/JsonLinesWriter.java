package org.healthsocialtools.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.healthsocialtools.Report;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.io.ReportJson;

/** One report per line, {@code id} echoed: exactly the JSON Lines of {@code report-format.md}. */
public final class JsonLinesWriter implements ReportWriter {
  private final Writer out;

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void report(InputItem item, Report report) throws IOException {
    ReportJson.write(out, item.id(), report);
    out.write('\n');
  }
}
