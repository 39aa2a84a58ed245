package org.healthsocialtools.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code hst} in-process with the test rules, capturing standard output and error. */
final class Cli {

  record Run(int exit, String out, String err) {}

  private Cli() {}

  /** With the fixed test rules. */
  static Run run(String... args) {
    return run(TestRules.FACTORY, null, args);
  }

  static synchronized Run run(CheckerFactory factory, byte[] stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    if (stdin != null) {
      System.setIn(new java.io.ByteArrayInputStream(stdin));
    }
    try {
      int code = Hst.run(factory, args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }
}
