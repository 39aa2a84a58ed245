package org.healthsocialtools.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.healthsocialtools.cli.run.Checked;
import org.healthsocialtools.io.ReportJson;

/**
 * One report per line, {@code id} echoed: exactly the JSON Lines of {@code report-format.md}, the
 * checker's report unchanged (accept entries and the baseline change the exit code and the other
 * formats, not this contract). Input errors are on standard error only.
 */
public final class JsonLinesWriter implements ReportWriter {
  private final Writer out;

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Checked c) throws IOException {
    if (c.isError()) {
      return;
    }
    ReportJson.write(out, c.item().id(), c.report());
    out.write('\n');
  }
}
