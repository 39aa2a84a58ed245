package org.healthsocialtools.cli.output;

import java.io.IOException;
import org.healthsocialtools.Report;
import org.healthsocialtools.cli.input.InputItem;

/** Writes reports in one output format. Called from one thread, in input order. */
public interface ReportWriter {

  default void start() throws IOException {}

  void report(InputItem item, Report report) throws IOException;

  /** Called after the last report. */
  default void finish(Summary summary) throws IOException {}
}
