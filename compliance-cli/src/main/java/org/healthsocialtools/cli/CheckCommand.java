package org.healthsocialtools.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Report;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.input.Inputs;
import org.healthsocialtools.cli.output.JsonLinesWriter;
import org.healthsocialtools.cli.output.JsonWriter;
import org.healthsocialtools.cli.output.ReportWriter;
import org.healthsocialtools.cli.output.Summary;
import org.healthsocialtools.cli.output.TextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hst check}: checks posts from files or standard input and reports in the chosen format. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks draft posts and prints a report for each, in input order.",
      "Inputs: .jsonl (one {\"id\", \"text\", \"platform\"} object per line), .txt or .md (one post per file),"
          + " or - for standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing blocking",
      "1:at least one post is blocked (or reaches --fail-on)",
      "2:usage error, or an input problem (reported on stderr with file and line; other posts are still checked)"
    })
final class CheckCommand implements Callable<Integer> {

  enum Format { text, json, jsonl }

  enum FailOn { error, warning, never }

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-p", "--platform"}, description = "Platform for posts that do not name one (x, facebook,"
      + " instagram, linkedin, threads, bluesky, mastodon).")
  String platform;

  @Option(names = "--locale", description = "House style, e.g. en-GB or en-US (default en-GB).")
  String locale;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--color", negatable = true, description = "Colour the text output (default: only on a terminal).")
  Boolean color;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check, or - for standard input.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    Platform p;
    try {
      p = platform == null ? null : Platform.fromId(platform);
    } catch (IllegalArgumentException e) {
      System.err.println("hst: --platform: " + e.getMessage());
      return Hst.INPUT_ERROR;
    }
    ComplianceChecker.Builder b = ComplianceChecker.builder();
    if (locale != null) {
      b.locale(locale);
    }
    Summary summary = new Summary();
    boolean failed = false;
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (ComplianceChecker checker = b.build()) {
      ReportWriter writer = writer(out);
      writer.start();
      for (String f : files) {
        Iterator<InputItem> items;
        try {
          items = Inputs.open(f, p);
        } catch (IOException e) {
          err.println("hst: " + e.getMessage());
          summary.inputError();
          continue;
        }
        try {
          while (items.hasNext()) {
            InputItem item = items.next();
            if (item.isError()) {
              err.println("hst: " + item.location() + ": " + item.error());
              summary.inputError();
              continue;
            }
            Report r = checker.check(item.post());
            summary.add(r);
            failed |= fails(r);
            writer.report(item, r);
          }
        } catch (UncheckedIOException e) {
          err.println("hst: " + f + ": " + rootMessage(e));
          summary.inputError();
        }
      }
      writer.finish(summary);
      out.flush();
    }
    if (format != Format.text) {
      err.println(summary.line());
    }
    return summary.inputErrors() > 0 ? Hst.INPUT_ERROR : failed ? Hst.BLOCKED : Hst.OK;
  }

  private boolean fails(Report r) {
    return switch (failOn) {
      case error -> r.verdict() == org.healthsocialtools.Verdict.BLOCK;
      case warning -> r.verdict() != org.healthsocialtools.Verdict.PASS;
      case never -> false;
    };
  }

  private ReportWriter writer(Writer out) throws IOException {
    return switch (format) {
      case jsonl -> new JsonLinesWriter(out);
      case json -> new JsonWriter(out);
      case text -> new TextWriter(out, color != null ? color
          : System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")));
    };
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return t instanceof java.nio.charset.MalformedInputException
        ? "not valid UTF-8 (" + m + ")" : t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
