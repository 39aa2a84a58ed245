package org.healthsocialtools.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Span;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * One-click fixes: privacy findings redact (the placeholders are the core Redactor's), term
 * substitutions replace.
 */
class FixTest {

  private static Finding finding(String text, Kind kind, int start, int end, String suggestion) {
    return new Finding(
        "test." + kind.name().toLowerCase(),
        kind,
        Severity.ERROR,
        new Span(start, end),
        text.substring(start, end),
        "message",
        suggestion,
        Explanation.of("test"));
  }

  private static RuleInfo rule(Kind kind, String suggestion) {
    return new RuleInfo(
        "test.rule",
        kind,
        Severity.WARNING,
        "summary",
        "message",
        suggestion,
        "https://example.org/guidance",
        "en",
        "",
        List.of(Example.flags("[[x]]"), Example.passes("y")));
  }

  @Test
  void privacyFindingsAreRedactedAndTermSubstitutionsReplaced() {
    String t = "She suffers from asthma; he is an addict";
    assertThat(Fix.of(finding(t, Kind.PERSON, 0, 3, null), null, t.length()).replacement())
        .isEqualTo("[name]");
    Finding substitution = finding(t, Kind.STIGMA, 34, 40, "person with an addiction");
    assertThat(Fix.of(substitution, rule(Kind.STIGMA, "Use person-first language."), t.length()))
        .isEqualTo(
            new Fix(
                "Replace with \u201cperson with an addiction\u201d", "person with an addiction"));
  }

  @Test
  void adviceIsNotAOneClickFix() {
    String t = "She suffers from asthma";
    String advice = "Say 'has', 'lives with' or 'people with [condition]'.";
    assertThat(
            Fix.of(finding(t, Kind.STIGMA, 4, 16, advice), rule(Kind.STIGMA, advice), t.length()))
        .isNull();
    assertThat(
            Fix.of(
                finding(t, Kind.STIGMA, 4, 16, "Rephrase it"),
                rule(Kind.STIGMA, "Rephrase it"),
                t.length()))
        .as("the rule's general suggestion")
        .isNull();
    assertThat(
            Fix.of(
                finding(t, Kind.STIGMA, 4, 16, "Say 'has'"), rule(Kind.STIGMA, null), t.length()))
        .isNull();
    assertThat(
            Fix.of(
                finding(t, Kind.LENGTH, 0, t.length(), "Shorten it"),
                rule(Kind.LENGTH, null),
                t.length()))
        .as("a finding about the whole post")
        .isNull();
    assertThat(Fix.of(finding(t, Kind.STIGMA, 4, 16, null), rule(Kind.STIGMA, null), t.length()))
        .isNull();
  }
}
