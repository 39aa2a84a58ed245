package org.healthsocialtools.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.rule.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hst rules}: the rule catalogue, generated from the rules themselves. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists every rule with its id, kind, severity, summary, guidance and examples.")
final class RulesCommand implements Callable<Integer> {

  enum Format {
    markdown,
    tsv
  }

  @Option(
      names = {"-f", "--format"},
      defaultValue = "markdown",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ComplianceChecker checker = ComplianceChecker.builder().build()) {
      out.print(
          format == Format.markdown
              ? RuleCatalogue.markdown(checker.rules())
              : RuleCatalogue.tsv(checker.rules()));
    }
    return Hst.OK;
  }
}
