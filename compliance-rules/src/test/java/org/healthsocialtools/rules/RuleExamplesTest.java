package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.rule.RuleExamples;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RuleMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled rule's examples are its tests: one generic test runs them all. */
class RuleExamplesTest {

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().build();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  static Stream<RuleInfo> rules() {
    return CHECKER.rules().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void examplesBehave(RuleInfo rule) {
    assertThat(RuleExamples.verify(CHECKER, rule)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRulePassesTheMetadataValidator(RuleInfo rule) {
    assertThat(RuleMetadata.problems(rule)).isEmpty();
  }

  /**
   * What users read (the page's "Why" line, reports) cites public guidance, never this project's
   * own files.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void userVisibleTextNamesNoInternalFile(RuleInfo rule) {
    for (String s :
        new String[] {rule.summary(), rule.message(), rule.suggestion(), rule.source()}) {
      assertThat(s == null ? "" : s).doesNotContainPattern("[A-Za-z-]\\.(md|java)\\b");
    }
  }

  @Test
  void bundledRulesLoad() {
    assertThat(CHECKER.rules())
        .extracting(RuleInfo::id)
        .contains("privacy.nhs-number", "tone.suffers-from", "platform.length")
        .doesNotHaveDuplicates();
  }
}
