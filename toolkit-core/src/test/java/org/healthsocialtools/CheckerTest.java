package org.healthsocialtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleExamples;
import org.healthsocialtools.rule.RulePacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The engine end to end with a small pack of its own (the bundled packs live in compliance-rules).
 */
class CheckerTest {

  private static final String PACK =
      """
      pack: test
      defaults: {guidance: "https://example.org", locale: en}
      rules:
        - id: tone.suffers
          type: term
          kind: STIGMA
          severity: warning
          summary: Suffers from
          message: "'{text}' is not person-first"
          terms: ["{suffer,sufferer} from", "sufferer"]
          exceptions: ["suffer no side effects"]
          examples:
            flags: ["she [[suffered from]] asthma", "asthma [[sufferers]]", "She [[suffers from]] it"]
            passes: ["she suffered no side effects"]
        - id: tone.diabetics
          type: term
          kind: STIGMA
          severity: warning
          summary: Diabetics
          message: person-first
          match: exact
          terms: [diabetics]
          examples:
            flags: ["free checks for [[Diabetics]]"]
            passes: ["diabetic eye screening"]
        - id: tone.wonder-near-drug
          type: proximity
          kind: CLAIM
          severity: info
          summary: Wonder near drug
          message: hype
          terms: [wonder]
          near: [drug, jab]
          within: 2
          examples:
            flags: ["a [[wonder]] new drug", "the [[wonder]] jab"]
            passes: ["I wonder if the clinic has the drug we need today"]
        - id: platform.x-length
          type: metric
          kind: LENGTH
          severity: error
          summary: Too long
          message: "{value} of {limit}"
          metric: length
          locale: any
          examples:
            flags: [{text: "[[%s]]", platform: x}]
            passes: [{text: "short", platform: x}]
        - id: privacy.test-nhs
          type: pattern
          kind: IDENTIFIER
          severity: error
          locale: any
          summary: NHS
          message: NHS number
          pattern: '\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b'
          validator: mod11
          context: [nhs]
          severityWithoutContext: warning
          examples:
            flags: ["NHS no [[943 476 5919]]"]
            passes: ["NHS no 943 476 5918"]
      """
          .replace("%s", "x ".repeat(150).trim());

  private static final List<Rule> RULES =
      RulePacks.load(new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  private static final ComplianceChecker CHECKER =
      ComplianceChecker.builder().useClasspathProviders(false).addRules(RULES).build();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  @Test
  void everyExampleBehaves() {
    for (Rule r : RULES) {
      assertThat(RuleExamples.verify(CHECKER, r.info())).as(r.info().id()).isEmpty();
    }
  }

  @Test
  void spansIndexTheOriginalTextThroughZeroWidthAndFullWidth() {
    String text = "\uD83D\uDC99 NHS no \uFF19\uFF14\uFF13\u200B 476 5919";
    Report r = CHECKER.check(text);
    Finding f = r.findings().get(0);
    assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end()));
    assertThat(f.text()).startsWith("\uFF19").endsWith("5919");
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void withoutContextTheSeverityDrops() {
    Report r = CHECKER.check("ref 943 476 5919");
    assertThat(r.findings())
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void policyOverridesAndDisablesRules() {
    try (ComplianceChecker c =
        ComplianceChecker.builder()
            .useClasspathProviders(false)
            .addRules(RULES)
            .policy(
                Policy.standard()
                    .withSeverity("privacy.test-nhs", Severity.INFO)
                    .disable("tone.suffers"))
            .build()) {
      Report r = c.check("NHS no 943 476 5919 and she suffers from asthma");
      assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("privacy.test-nhs");
      assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    }
  }

  @Test
  void aPolicyNamingAnUnknownRuleFailsTheBuildWithTheNearestId() {
    var builder =
        ComplianceChecker.builder()
            .useClasspathProviders(false)
            .addRules(RULES)
            .policy(
                Policy.standard()
                    .withSeverity("tone.sufers", Severity.INFO)
                    .disable("no.such-rule"));
    org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            UnknownRuleIdException.class,
            e -> {
              assertThat(e.ids()).containsExactly("no.such-rule", "tone.sufers");
              assertThat(e.nearest())
                  .containsEntry("tone.sufers", "tone.suffers")
                  .doesNotContainKey("no.such-rule");
            })
        .hasMessageContaining("no rule 'tone.sufers' (did you mean tone.suffers?)");
  }

  @Test
  void aPostForSeveralPlatformsIsHeldToEachPlatformsLimitsAndAnalysedOnce() {
    String text = "x ".repeat(150).trim(); // 299 characters: over X's 280, under Bluesky's 300
    assertThat(CHECKER.check(Post.of(text)).findings()).isEmpty();
    Report both = CHECKER.check(Post.of(text), List.of(Platform.BLUESKY, Platform.X));
    assertThat(both.findings()).extracting(Finding::ruleId).containsExactly("platform.x-length");
    assertThat(both.findings().get(0).message()).isEqualTo("299 of 280");
    assertThat(CHECKER.check(Post.of(text), List.of(Platform.BLUESKY)).findings()).isEmpty();
    // A post that names its platform keeps it.
    assertThat(
            CHECKER
                .check(Post.of(text).withPlatform(Platform.BLUESKY), List.of(Platform.X))
                .findings())
        .isEmpty();
  }

  @Test
  void englishToneRulesDoNotRunOnOtherLanguages() {
    Report r = CHECKER.check(Post.of("Mae hi'n suffers from asthma").withLocale("cy"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.language()).isEqualTo("cy");
  }

  @Test
  void cleanPostPasses() {
    Report r = CHECKER.check("Our flu clinic is open on Saturday, 9am to 1pm. #FluVaccine");
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    assertThat(r.findings()).isEmpty();
  }
}
