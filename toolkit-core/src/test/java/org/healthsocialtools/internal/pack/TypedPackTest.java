package org.healthsocialtools.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleCatalogue;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RulePackException;
import org.junit.jupiter.api.Test;

/**
 * The typed pack schema: each rule binds to the record of its type, and what that type does not
 * read is an error.
 */
class TypedPackTest {

  /**
   * A term rule and a metric rule under defaults that only the term rule reads (skipQuoted, match).
   */
  private static final String PACK =
      """
      pack: demo
      defaults:
        type: term
        kind: JARGON
        severity: info
        skipQuoted: true
        match: exact
        guidance: https://example.org/guide
      rules:
        - id: clarity.demo
          summary: Demo rule
          description: |
            Longer words for the catalogue.
          message: Demo
          terms: [utilise]
          examples:
            flags: ["we [[utilise]] it"]
            passes: ["we use it"]
        - id: clarity.words
          type: metric
          kind: READABILITY
          summary: Too many words
          message: Too many words ({value})
          metric: words
          max: 3
          examples:
            flags: ["[[one two three four]]"]
            passes: ["one two"]
      """;

  private static List<Rule> load(String yaml) {
    return RulePackLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "demo.yaml");
  }

  @Test
  void defaultsReachOnlyTheTypesThatReadThemAndDescriptionIsCarried() {
    List<Rule> rules = load(PACK);
    assertThat(rules)
        .extracting(r -> r.info().id())
        .containsExactly("clarity.demo", "clarity.words");
    assertThat(rules.get(0).info().description()).isEqualTo("Longer words for the catalogue.");
    assertThat(rules.get(1).info().description()).isEmpty();
    List<RuleInfo> infos = rules.stream().map(Rule::info).toList();
    assertThat(RuleCatalogue.markdown(infos)).contains("Demo\n\nLonger words for the catalogue.\n");
    assertThat(RuleCatalogue.tsv(infos))
        .contains("\thttps://example.org/guide\tLonger words for the catalogue.\n");
  }

  @Test
  void aFieldOfAnotherKindIsAnErrorNamingItsLineAndTheKindsThatReadIt() {
    String bad =
        PACK.replace("    terms: [utilise]\n", "    terms: [utilise]\n    pattern: '[0-9]+'\n");
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(RulePackException.class)
        .hasMessageStartingWith("demo.yaml:16: rule 'clarity.demo': ")
        .hasMessageContaining(
            "'pattern' is a field of pattern rules; a term rule does not read it");
    String metric = PACK.replace("    max: 3\n", "    max: 3\n    skipQuoted: true\n");
    assertThatThrownBy(() -> load(metric))
        .hasMessageContaining("demo.yaml:26")
        .hasMessageContaining(
            "'skipQuoted' is a field of term and proximity rules; a metric rule does not read it");
  }

  @Test
  void unknownFieldsInRulesDefaultsAndExamplesAreErrors() {
    assertThatThrownBy(() -> load(PACK.replace("    max: 3\n", "    max: 3\n    maxx: 4\n")))
        .hasMessageContaining("demo.yaml:26: rule 'clarity.words': unknown field 'maxx'");
    assertThatThrownBy(
            () -> load(PACK.replace("  match: exact\n", "  match: exact\n  colour: red\n")))
        .hasMessageContaining("demo.yaml:8: defaults: unknown field 'colour'");
    assertThatThrownBy(() -> load(PACK.replace("[\"one two\"]", "[{text: one two, platfrom: x}]")))
        .hasMessageContaining("clarity.words")
        .hasMessageContaining("unknown example field 'platfrom'");
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    assertThatThrownBy(() -> load(PACK.replace("    max: 3\n", "    max: 3\n    max: 4\n")))
        .hasMessageContaining("demo.yaml:26")
        .hasMessageContaining("'max' is given twice");
  }

  @Test
  void aWrongValueTypeNamesTheFieldAndItsLine() {
    assertThatThrownBy(() -> load(PACK.replace("max: 3", "max: [3]")))
        .hasMessageStartingWith("demo.yaml:25: rule 'clarity.words': 'max': ");
  }

  @Test
  void settingsThatCanNeverTakeEffectAreErrors() {
    assertThatThrownBy(
            () ->
                load(
                    PACK.replace(
                        "    terms: [utilise]\n", "    terms: [utilise]\n    within: 3\n")))
        .hasMessageContaining("clarity.demo")
        .hasMessageContaining("'within' never takes effect");
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
            severityWithoutContext: info
            examples: {flags: ["[[1234]]"], passes: ["none"]}
        """;
    assertThatThrownBy(() -> load(pattern))
        .hasMessageContaining("privacy.demo")
        .hasMessageContaining("'severityWithoutContext' never takes effect without 'context'");
    String platforms =
        PACK.replace("    max: 3\n", "    limits: {x: 3}\n    platforms: [bluesky]\n");
    assertThatThrownBy(() -> load(platforms))
        .hasMessageContaining("the limit for x never takes effect");
    assertThatThrownBy(
            () ->
                load(
                    PACK.replace(
                            "[\"we [[utilise]] it\"]",
                            "[{text: \"we [[utilise]] it\", locale: cy}]")
                        .replace("  match: exact\n", "  match: exact\n  locale: en\n")))
        .hasMessageContaining("in locale cy, where a rule for en never runs");
  }

  @Test
  void anUnquotedYamlBooleanAmongWordsIsAnError() {
    assertThatThrownBy(() -> load(PACK.replace("terms: [utilise]", "terms: [utilise, false]")))
        .hasMessageContaining("demo.yaml:15: rule 'clarity.demo': 'terms' holds a YAML boolean");
    assertThat(load(PACK.replace("terms: [utilise]", "terms: [utilise, \"false\"]"))).hasSize(2);
  }

  @Test
  void aPassingExampleMustNotMarkASpan() {
    assertThatThrownBy(() -> load(PACK.replace("[\"we use it\"]", "[\"we [[use]] it\"]")))
        .hasMessageContaining("passing example 'we [[use]] it' marks a span");
  }
}
