package org.healthsocialtools.cli.output;

import java.io.IOException;
import org.healthsocialtools.cli.run.Checked;

/**
 * Writes results in one output format. Called from one thread, in input order, for posts and for
 * input errors ({@link Checked#isError()}; these are also printed on standard error by the
 * command).
 */
public interface ReportWriter {

  default void start() throws IOException {}

  void write(Checked c) throws IOException;

  /** Called after the last result. */
  default void finish(Summary summary) throws IOException {}
}
