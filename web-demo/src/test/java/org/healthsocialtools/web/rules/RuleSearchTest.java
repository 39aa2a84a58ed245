package org.healthsocialtools.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.Test;

class RuleSearchTest {

  private static RuleInfo rule(String id, Kind kind, String summary, String example) {
    return new RuleInfo(
        id,
        kind,
        Severity.WARNING,
        summary,
        "message about " + summary,
        null,
        "https://example.org/" + id,
        "en",
        id.startsWith("privacy") ? "PRV-01 (NHS-DD)" : "STG-01 (GOVUK)",
        List.of(Example.flags(example), Example.passes("ok")));
  }

  private final RuleSearch search =
      new RuleSearch(
          List.of(
              rule(
                  "privacy.nhs-number",
                  Kind.IDENTIFIER,
                  "NHS number of a patient",
                  "NHS [[943 476 5919]]"),
              rule(
                  "tone.suffers-from",
                  Kind.STIGMA,
                  "'Suffers from' a condition",
                  "she [[suffers from]] asthma"),
              rule(
                  "tone.addict",
                  Kind.STIGMA,
                  "Calling a person an addict",
                  "an [[addict]] came in"),
              rule(
                  "platform.length",
                  Kind.LENGTH,
                  "Post longer than the platform allows",
                  "[[long]]")));

  private List<String> ids(String q) {
    return search.search(q).stream().map(RuleInfo::id).toList();
  }

  @Test
  void anEmptyQueryListsEveryRuleInOrder() {
    assertThat(ids(""))
        .containsExactly(
            "privacy.nhs-number", "tone.suffers-from", "tone.addict", "platform.length");
    assertThat(ids(null)).hasSize(4);
    assertThat(ids(" !! ")).hasSize(4);
  }

  @Test
  void findsWordsInAnyFieldCaseInsensitively() {
    assertThat(ids("NHS")).containsExactly("privacy.nhs-number");
    assertThat(ids("stigma")).containsExactlyInAnyOrder("tone.suffers-from", "tone.addict");
    assertThat(ids("asthma")).containsExactly("tone.suffers-from");
    assertThat(ids("govuk")).hasSize(3);
  }

  @Test
  void prefixesMatchAndEveryWordMustMatch() {
    assertThat(ids("platf")).contains("platform.length");
    assertThat(ids("addi")).containsExactly("tone.addict");
    assertThat(ids("stigma addict")).containsExactly("tone.addict");
    assertThat(ids("stigma zzz")).isEmpty();
  }

  @Test
  void idAndSummaryMatchesRankFirst() {
    assertThat(ids("length").get(0)).isEqualTo("platform.length");
  }

  @Test
  void queryParserSyntaxIsJustText() {
    assertThat(ids("nhs (")).containsExactly("privacy.nhs-number");
    assertThat(ids("*:*")).hasSize(4);
  }
}
