package org.healthsocialtools.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthsocialtools.cli.config.ConfigException;
import org.healthsocialtools.cli.output.Summary;
import org.healthsocialtools.cli.run.Baseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hst baseline}: records today's findings so that later runs with {@code --baseline} fail
 * only on new ones.
 */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the inputs and writes the fingerprints of every finding (except accepted ones) to a baseline file.",
      "Then 'hst check --baseline FILE' fails only on findings that are not in it. The file holds rule ids,"
          + " fingerprints and locations, never post text: commit it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:baseline written",
      "2:usage, project-file or input error (the baseline is still written)"
    })
final class BaselineCommand implements Callable<Integer> {

  private final CheckerFactory factory;

  @Mixin InputOptions input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = ".hst-baseline.json",
      description = "Where to write the baseline (default: ${DEFAULT-VALUE}).")
  Path output;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "Files, directories or globs, or - for standard"
              + " input (default: 'include' of hst.yml).")
  List<String> files;

  BaselineCommand(CheckerFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Session session;
    try {
      session = Session.open(input, files, factory, err);
    } catch (ConfigException e) {
      err.println("hst: " + e.getMessage());
      return Hst.INPUT_ERROR;
    }
    Summary summary = new Summary();
    int[] findings = {0};
    try (session;
        Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      session.suppress(Set.of());
      Baseline b = new Baseline(out);
      session.run(
          c -> {
            if (c.isError()) {
              err.println("hst: " + c.item().location() + ": " + c.item().error());
            }
            summary.add(c);
            findings[0] += (int) c.findings().stream().filter(f -> !f.suppressed()).count();
            b.add(c);
          },
          null);
      b.close();
    } catch (IOException e) {
      err.println("hst: cannot write " + output + ": " + e.getMessage());
      return Hst.INPUT_ERROR;
    }
    err.println(
        "hst: wrote "
            + findings[0]
            + (findings[0] == 1 ? " finding" : " findings")
            + " to "
            + output
            + " ("
            + summary.line()
            + ")");
    return summary.inputErrors() > 0 ? Hst.INPUT_ERROR : Hst.OK;
  }
}
