package org.healthsocialtools.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthsocialtools.Severity;
import org.healthsocialtools.cli.config.ConfigException;
import org.healthsocialtools.cli.config.HstConfig;
import org.healthsocialtools.cli.output.GithubWriter;
import org.healthsocialtools.cli.output.JsonLinesWriter;
import org.healthsocialtools.cli.output.JsonWriter;
import org.healthsocialtools.cli.output.JunitWriter;
import org.healthsocialtools.cli.output.ReportWriter;
import org.healthsocialtools.cli.output.SarifWriter;
import org.healthsocialtools.cli.output.Summary;
import org.healthsocialtools.cli.output.TextWriter;
import org.healthsocialtools.cli.run.Baseline;
import org.healthsocialtools.cli.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hst check}: checks posts and calendars and reports in the chosen format, in input order.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks draft posts and content calendars and prints a report for each post, in input order.",
      "Inputs: .csv/.tsv calendars (one post per row; Hootsuite, Sprout Social, Buffer, Later, Publer, SocialBee"
          + " layouts or --columns), .jsonl, .json arrays, .txt/.md (one post, or several separated by a line"
          + " ---), directories, globs, or - for standard input. With no FILE, the 'include' paths of hst.yml."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above the --fail-on severity (accepted and baseline findings do not count)",
      "1:at least one post has a finding at or above --fail-on (default: error, i.e. a blocked post)",
      "2:usage or project-file error, or an input problem (reported with file, line and row; every other post is"
          + " still checked)"
    })
final class CheckCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    jsonl,
    sarif,
    junit,
    github
  }

  private final CheckerFactory factory;

  @Mixin InputOptions input;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      description =
          "Lowest severity that makes the exit code 1: error, warning or never"
              + " (default: fail-on in hst.yml, else error).")
  HstConfig.FailOn failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Findings in this baseline (from 'hst baseline') do not fail the run; only new ones do.")
  Path baseline;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report here instead of" + " standard output.")
  Path output;

  @Option(
      names = "--color",
      negatable = true,
      description = "Colour the text output (default: only on a terminal).")
  Boolean color;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Progress on standard error (default: only when it is a terminal and not in CI).")
  Boolean progress;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Files, directories or globs to check, or - for" + " standard input.")
  List<String> files;

  CheckCommand(CheckerFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Session session;
    Set<String> base = Set.of();
    try {
      if (baseline != null) {
        base = Baseline.read(baseline);
      }
      session = Session.open(input, files, factory, err);
    } catch (ConfigException | IOException e) {
      err.println("hst: " + e.getMessage());
      return Hst.INPUT_ERROR;
    }
    HstConfig.FailOn fail =
        failOn != null
            ? failOn
            : session.project.values().failOn() != null
                ? session.project.values().failOn()
                : HstConfig.FailOn.error;
    Severity threshold =
        switch (fail) {
          case error -> Severity.ERROR;
          case warning -> Severity.WARNING;
          case never -> null;
        };
    Summary summary = new Summary();
    boolean[] failed = {false};
    try (session;
        Writer out = open()) {
      session.suppress(base);
      ReportWriter writer = writer(out, session, threshold);
      writer.start();
      Progress bar =
          Boolean.FALSE.equals(progress)
              ? null
              : Boolean.TRUE.equals(progress)
                  ? Progress.start(System.err, session.totalBytes(), session.bytesRead())
                  : Progress.startIfTerminal(System.err, session.totalBytes(), session.bytesRead());
      session.run(
          c -> {
            if (c.isError()) {
              err.println("hst: " + c.item().location() + ": " + c.item().error());
            }
            summary.add(c);
            failed[0] |= c.failsAt(threshold);
            writer.write(c);
          },
          bar);
      writer.finish(summary);
      out.flush();
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("hst: cannot write the report: " + e.getMessage());
      return Hst.INPUT_ERROR;
    }
    for (int i : session.suppressor().unusedAccepts()) {
      err.println(
          "hst: " + session.project.name() + ": accept[" + i + "] matched no finding (remove it?)");
    }
    if (format != Format.text || output != null) {
      err.println(summary.line());
    }
    if (summary.posts() == 0 && summary.inputErrors() == 0) {
      err.println(
          "hst: no posts in the inputs: nothing was checked (an empty file, or a calendar with only its"
              + " header row?)");
      return Hst.INPUT_ERROR;
    }
    return summary.inputErrors() > 0 ? Hst.INPUT_ERROR : failed[0] ? Hst.BLOCKED : Hst.OK;
  }

  private Writer open() throws IOException {
    if (output != null) {
      return java.nio.file.Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
    // Not closed by the caller's try: wrap so closing flushes but leaves System.out open.
    return new BufferedWriter(
        new OutputStreamWriter(
            new PrintStream(System.out) {
              @Override
              public void close() {
                flush();
              }
            },
            StandardCharsets.UTF_8),
        1 << 16);
  }

  private ReportWriter writer(Writer out, Session session, Severity threshold) throws IOException {
    return switch (format) {
      case jsonl -> new JsonLinesWriter(out);
      case json -> new JsonWriter(out);
      case sarif -> new SarifWriter(out, session.rules(), Hst.version(), baseline != null);
      case junit -> new JunitWriter(out, threshold);
      case github -> new GithubWriter(out);
      case text ->
          new TextWriter(
              out,
              color != null
                  ? color
                  : output == null
                      && System.console() != null
                      && System.getenv("NO_COLOR") == null
                      && !"dumb".equals(System.getenv("TERM")));
    };
  }
}
