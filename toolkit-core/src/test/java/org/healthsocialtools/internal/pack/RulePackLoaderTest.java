package org.healthsocialtools.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RulePackException;
import org.junit.jupiter.api.Test;

class RulePackLoaderTest {

  private static final String GOOD =
      """
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
    return RulePackLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "demo.yaml");
  }

  @Test
  void loadsAValidPackWithDefaults() {
    List<Rule> rules = load(GOOD);
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).info().severity().id()).isEqualTo("warning");
  }

  @Test
  void regionalGuidanceIsReadAndCheckedWithTheRule() {
    String regional =
        GOOD.replace(
            "    message: Demo\n",
            "    message: Demo\n    regional: {GB: "
                + "\"https://example.org/uk UK regulator\"}\n");
    assertThat(load(regional).get(0).info().citationFor("GB"))
        .isEqualTo(new RuleInfo.Citation("https://example.org/uk", "UK regulator"));
    assertThat(load(regional).get(0).info().citationFor("US").url())
        .isEqualTo("https://example.org/guide");
    assertThatThrownBy(() -> load(regional.replace("GB:", "uk:")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:8")
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("'uk'");
    assertThatThrownBy(() -> load(regional.replace("https://example.org/uk", "see the ICO")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("regional");
  }

  @Test
  void missingGuidanceNamesFileLineAndRule() {
    String bad = GOOD.replace("  guidance: https://example.org/guide\n", "");
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:7")
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("guidance");
  }

  @Test
  void badPatternIsReported() {
    String bad =
        """
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
    assertThatThrownBy(() -> load(bad))
        .hasMessageContaining("privacy.bad")
        .hasMessageContaining("compile");
  }

  @Test
  void minDigitsSkipsPostsWithFewerDigitsAndMustNotBeNegative() {
    String pack =
        """
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
    try (var checker =
        org.healthsocialtools.ComplianceChecker.builder()
            .useClasspathProviders(false)
            .addRules(rules)
            .build()) {
      assertThat(org.healthsocialtools.rule.RuleExamples.verify(checker, rules.get(0).info()))
          .isEmpty();
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
    String twice =
        GOOD
            + """
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

  @Test
  void defaultsThatAreNotAMappingAreNamed() {
    assertThatThrownBy(() -> load("pack: p\ndefaults: 3\nrules: []\n"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:2")
        .hasMessageContaining("'defaults' must be a mapping");
  }

  @Test
  void aRuleThatIsNotAMappingIsNamedByIndexAndLine() {
    String bad = GOOD + "  - just a string\n";
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:15")
        .hasMessageContaining("rules[1] must be a mapping");
  }

  @Test
  void unknownKindSeverityAndTypeNameTheRule() {
    assertThatThrownBy(() -> load(GOOD.replace("kind: STIGMA", "kind: GOSSIP")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("GOSSIP");
    assertThatThrownBy(() -> load(GOOD.replace("severity: warning", "severity: loud")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("loud");
    assertThatThrownBy(() -> load(GOOD.replace("type: term", "type: regex")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("regex");
  }

  @Test
  void badIdAndTrailingPeriodAndUnclosedBraceAreNamed() {
    assertThatThrownBy(() -> load(GOOD.replace("id: tone.demo", "id: Tone Demo")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:8")
        .hasMessageContaining("dotted");
    assertThatThrownBy(() -> load(GOOD.replace("summary: Demo rule", "summary: Demo rule.")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("period");
    assertThatThrownBy(() -> load(GOOD.replace("terms: [addicts]", "terms: [\"{addicts\"]")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("unclosed");
  }

  @Test
  void flaggedExampleWithoutMarkAndUnknownValidatorAreNamed() {
    assertThatThrownBy(() -> load(GOOD.replace("[[addicts]]", "addicts")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.demo")
        .hasMessageContaining("marks no span");
    String pattern =
        """
        pack: p
        rules:
          - id: privacy.demo
            type: pattern
            kind: IDENTIFIER
            severity: error
            summary: Demo
            message: Demo
            guidance: https://example.org
            pattern: "[0-9]{4}"
            validator: crc32
            examples: {flags: ["[[1234]]"], passes: ["none"]}
        """;
    assertThatThrownBy(() -> load(pattern))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("demo.yaml:3")
        .hasMessageContaining("privacy.demo")
        .hasMessageContaining("crc32");
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() {
    assertThatThrownBy(() -> load("pack: p\nrules:\n  - id: [unclosed\n"))
        .isInstanceOf(RulePackException.class)
        .hasMessageStartingWith("demo.yaml:");
  }

  @Test
  void oversizedPackIsRefusedBeforeParsing() {
    byte[] big = new byte[RulePackLoader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    assertThatThrownBy(() -> RulePackLoader.load(new ByteArrayInputStream(big), "big.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("big.yaml")
        .hasMessageContaining("larger than " + RulePackLoader.MAX_BYTES);
  }
}
