package org.healthsocialtools.internal.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RulePacks;
import org.junit.jupiter.api.Test;

class TermGuardsTest {

  private static final String PACK =
      """
      pack: demo
      defaults: {type: term, severity: warning, locale: any, guidance: "https://example.org", match: exact}
      rules:
        - id: tone.demo-quoted
          kind: STIGMA
          summary: Demo
          message: Demo
          skipQuoted: true
          terms: [sufferer]
          examples: {flags: ["[[sufferer]]"], passes: ["x"]}
        - id: clarity.demo-explained
          kind: JARGON
          summary: Demo
          message: Demo
          unlessExplained: true
          terms: [NBM, nausea]
          examples: {flags: ["[[NBM]]"], passes: ["x"]}
      """;

  private static List<String> hits(String text) {
    List<Rule> rules =
        RulePacks.load(
            new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "demo.yaml");
    try (ComplianceChecker c =
        ComplianceChecker.builder().useClasspathProviders(false).addRules(rules).build()) {
      return c.check(text).findings().stream().map(Finding::text).toList();
    }
  }

  @Test
  void quotedSpeechIsLeftAlone() {
    assertThat(hits("Support for every sufferer")).containsExactly("sufferer");
    assertThat(hits("She said: \"I was a sufferer for years\"")).isEmpty();
    assertThat(hits("She said: \u201CI was a sufferer for years\u201D")).isEmpty();
  }

  @Test
  void aTermExplainedInBracketsIsLeftAlone() {
    assertThat(hits("NBM from midnight")).containsExactly("NBM");
    assertThat(hits("NBM (nothing to eat or drink) from midnight")).isEmpty();
    assertThat(hits("Feeling sick (nausea) is common")).isEmpty();
    assertThat(hits("Feeling sick (also called nausea by doctors) is common")).isEmpty();
    assertThat(hits("Nausea (feeling sick) is common")).isEmpty();
    assertThat(hits("Nausea is common (see below)")).containsExactly("Nausea");
  }

  @Test
  void extendedWithAddsTermsAndExceptions() {
    List<Rule> rules =
        RulePacks.load(
            new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "demo.yaml");
    TermRule t = (TermRule) rules.get(0);
    Rule extended = t.extendedWith(List.of("victim"), List.of("sufferer of nothing"));
    try (ComplianceChecker c =
        ComplianceChecker.builder().useClasspathProviders(false).addRule(extended).build()) {
      assertThat(c.check("a victim and a sufferer").findings()).hasSize(2);
      assertThat(c.check("a sufferer of nothing").findings()).isEmpty();
      assertThat(c.rules()).extracting(r -> r.id()).containsExactly("tone.demo-quoted");
    }
  }

  @Test
  void aPatternWithRequiresRunsOnlyWhenALiteralIsPresent() {
    String pack =
        """
        pack: p
        rules:
          - id: tone.demo-times
            type: pattern
            kind: UNPROFESSIONAL
            severity: warning
            summary: Demo
            message: Demo
            guidance: https://example.org
            pattern: '[0-9]+ (?:times|TIMES)'
            requires: [TIMES]
            examples: {flags: ["rang [[5 times]]"], passes: ["x"]}
        """;
    List<Rule> rules =
        RulePacks.load(new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8)), "p.yaml");
    try (ComplianceChecker c =
        ComplianceChecker.builder().useClasspathProviders(false).addRules(rules).build()) {
      assertThat(c.check("She rang 5 TIMES today").findings()).hasSize(1);
      assertThat(c.check("She rang 5 tim es today").findings()).isEmpty();
    }
  }

  @Test
  void guardPhrasesAreMatchedOnlyForPostsWithAHit() {
    assertThat(hits("Feeling sick (nausea) and a sufferer")).containsExactly("sufferer");
  }
}
