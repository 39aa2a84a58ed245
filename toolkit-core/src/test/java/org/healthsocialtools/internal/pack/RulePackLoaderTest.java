package org.healthsocialtools.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RulePackException;
import org.junit.jupiter.api.Test;

class RulePackLoaderTest {

  private static final String GOOD = """
      pack: demo
      defaults:
        type: term
        kind: STIGMA
        severity: warning
        guidance: https://example.org/guide
      rules:
        - id: tone.demo
          summary: Demo rule
          message: Demo
          terms: [addicts]
          examples:
            flags: ["help for [[addicts]]"]
            passes: ["addiction services"]
      """;

  private static List<Rule> load(String yaml) {
    return RulePackLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "demo.yaml");
  }

  @Test
  void loadsAValidPackWithDefaults() {
    List<Rule> rules = load(GOOD);
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).info().severity().id()).isEqualTo("warning");
  }

  @Test
  void missingGuidanceNamesFileLineAndRule() {
    String bad = GOOD.replace("  guidance: https://example.org/guide\n", "");
    assertThatThrownBy(() -> load(bad)).isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:7").hasMessageContaining("tone.demo").hasMessageContaining("guidance");
  }

  @Test
  void badPatternIsReported() {
    String bad = """
        pack: p
        rules:
          - id: privacy.bad
            type: pattern
            kind: IDENTIFIER
            severity: error
            summary: Bad
            message: Bad
            guidance: https://example.org
            pattern: "(unclosed"
            examples: {flags: ["[[x]]"], passes: ["y"]}
        """;
    assertThatThrownBy(() -> load(bad)).hasMessageContaining("privacy.bad").hasMessageContaining("compile");
  }

  @Test
  void minDigitsSkipsPostsWithFewerDigitsAndMustNotBeNegative() {
    String pack = """
        pack: p
        rules:
          - id: privacy.code
            type: pattern
            kind: IDENTIFIER
            severity: error
            summary: Code
            message: Code
            guidance: https://example.org
            pattern: '\\bAB[0-9]{0,6}\\b'
            minDigits: 3
            examples:
              flags: ["code [[AB123]]"]
              passes: ["code AB12"]
        """;
    List<Rule> rules = load(pack);
    try (var checker = org.healthsocialtools.ComplianceChecker.builder().useClasspathProviders(false)
        .addRules(rules).build()) {
      assertThat(org.healthsocialtools.rule.RuleExamples.verify(checker, rules.get(0).info())).isEmpty();
      assertThat(checker.check("AB and 12").findings()).isEmpty();
    }
    assertThatThrownBy(() -> load(pack.replace("minDigits: 3", "minDigits: -1")))
        .hasMessageContaining("minDigits");
  }

  @Test
  void ruleWithoutExamplesFails() {
    String bad = GOOD.replace("      passes: [\"addiction services\"]\n", "");
    assertThatThrownBy(() -> load(bad)).hasMessageContaining("passes");
  }

  @Test
  void unknownFieldFails() {
    String bad = GOOD.replace("    terms: [addicts]", "    terms: [addicts]\n    colour: red");
    assertThatThrownBy(() -> load(bad)).hasMessageContaining("colour");
  }

  @Test
  void duplicateIdsFail() {
    String twice = GOOD + """
          - id: tone.demo
            summary: Again
            message: Again
            terms: [junkies]
            examples:
              flags: ["[[junkies]]"]
              passes: ["fine"]
        """;
    assertThatThrownBy(() -> load(twice)).hasMessageContaining("used twice");
  }
}
