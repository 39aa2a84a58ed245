package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.junit.jupiter.api.Test;

/**
 * A rule's examples cannot pass vacuously: unmarked flagged examples and extra findings are
 * problems.
 */
class RuleExamplesStrictTest {

  /**
   * Flags every "bad"; its second example under-marks what the rule finds, which a lenient check
   * would miss.
   */
  @RuleDefinition(
      id = "test.bad-word",
      kind = Kind.UNPROFESSIONAL,
      severity = Severity.WARNING,
      summary = "Bad",
      message = "m",
      guidance = "https://example.org",
      flags = {"[[bad]] and [[bad]] again", "one [[bad]] here, another bad there"},
      passes = "good")
  static final class BadWord extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      String t = post.text();
      for (int i = t.indexOf("bad"); i >= 0; i = t.indexOf("bad", i + 1)) {
        sink.report(i, i + 3, null, Explanation.of("bad"));
      }
    }
  }

  /** The same rule with a flagged example that marks nothing: refused where the rule is defined. */
  @RuleDefinition(
      id = "test.unmarked",
      kind = Kind.UNPROFESSIONAL,
      severity = Severity.WARNING,
      summary = "Bad",
      message = "m",
      guidance = "https://example.org",
      flags = {"bad and bad again"},
      passes = "good")
  static final class Unmarked extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {}
  }

  @Test
  void extraFindingsAreProblems() {
    BadWord rule = new BadWord();
    try (ComplianceChecker checker =
        ComplianceChecker.builder().useClasspathProviders(false).addRule(rule).build()) {
      List<String> problems = RuleExamples.verify(checker, rule.info());
      assertThat(problems)
          .anyMatch(p -> p.contains("unexpected finding at [22,25) 'bad' in \"one [[bad]] here"));
      assertThat(problems).noneMatch(p -> p.contains("[4,7)")).noneMatch(p -> p.contains("again"));
    }
  }

  @Test
  void anUnmarkedFlaggedExampleIsRefusedWhereTheRuleIsDefined() {
    org.assertj.core.api.Assertions.assertThatThrownBy(Unmarked::new)
        .hasMessageContaining("flagged example 'bad and bad again' marks no span");
  }
}
