package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.junit.jupiter.api.Test;

/**
 * The one metadata validator, as Java rules meet it (the pack loader's use is tested with the
 * loader).
 */
class RuleMetadataTest {

  private static RuleInfo info(String id, String summary, String guidance, List<Example> examples) {
    return new RuleInfo(
        id, Kind.JARGON, Severity.INFO, summary, "message", null, guidance, "en", "", examples);
  }

  @Test
  void aSoundRuleHasNoProblems() {
    assertThat(
            RuleMetadata.problems(
                info(
                    "clarity.demo",
                    "Demo",
                    "https://example.org",
                    List.of(Example.flags("a [[b]]"), Example.passes("c")))))
        .isEmpty();
  }

  @Test
  void everyProblemIsListed() {
    List<String> p =
        RuleMetadata.problems(
            info(
                "Demo",
                "Demo.",
                "example.org",
                List.of(
                    Example.flags("no marks"),
                    new Example("unclosed [[b", false, "myspace", null))));
    assertThat(p)
        .containsExactly(
            "id must be dotted lower case such as 'tone.suffers-from'",
            "summary should not end with a period",
            "guidance must be an http(s) link, not 'example.org'",
            "flagged example 'no marks' marks no span with [[...]]",
            "example 'unclosed [[b' has unbalanced [[...]] marks",
            "example 'unclosed [[b': unknown platform (expected x, facebook, instagram, linkedin, threads,"
                + " bluesky or mastodon)");
  }

  @RuleDefinition(
      id = "clarity.java-demo",
      kind = Kind.JARGON,
      severity = Severity.INFO,
      summary = "Java demo.",
      message = "m",
      guidance = "https://example.org",
      description = "Longer words.",
      flags = "a [[b]]",
      passes = "c")
  static final class PeriodRule extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {}
  }

  @RuleDefinition(
      id = "clarity.java-demo",
      kind = Kind.JARGON,
      severity = Severity.INFO,
      summary = "Java demo",
      message = "m",
      guidance = "https://example.org",
      description = "Longer words.",
      flags = "a [[b]]",
      passes = "c")
  static final class GoodRule extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {}
  }

  @Test
  void javaRulesMeetTheSameValidatorAndCarryTheirDescription() {
    assertThatThrownBy(PeriodRule::new)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PeriodRule")
        .hasMessageContaining("clarity.java-demo")
        .hasMessageContaining("summary should not end with a period");
    assertThat(new GoodRule().info().description()).isEqualTo("Longer words.");
  }
}
