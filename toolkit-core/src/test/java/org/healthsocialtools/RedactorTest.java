package org.healthsocialtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static Finding f(String text, String covered, Kind kind, Severity sev) {
    int s = text.indexOf(covered);
    return new Finding(
        "test." + kind,
        kind,
        sev,
        new Span(s, s + covered.length()),
        covered,
        "m",
        null,
        Explanation.of("test"));
  }

  @Test
  void replacesEachPrivacySpanByItsKindPlaceholder() {
    String t = "Margaret (NHS no. 943 476 5919) is home from Ward 14";
    String safe =
        Redactor.redact(
            t,
            List.of(
                f(t, "Ward 14", Kind.LOCATION, Severity.WARNING),
                f(t, "Margaret", Kind.PERSON, Severity.WARNING),
                f(t, "943 476 5919", Kind.IDENTIFIER, Severity.ERROR)));
    assertThat(safe).isEqualTo("[name] (NHS no. [ID number]) is home from [place]");
  }

  @Test
  void overlappingFindingsMergeAndTakeTheLongestKind() {
    String t = "Call Tracey on 07700 900852 today";
    String safe =
        Redactor.redact(
            t,
            List.of(
                f(t, "07700 900852", Kind.CONTACT, Severity.ERROR),
                f(t, "900852", Kind.IDENTIFIER, Severity.WARNING),
                f(t, "Tracey on 07700", Kind.PERSON, Severity.WARNING)));
    assertThat(safe).isEqualTo("Call [name] today");
  }

  @Test
  void keepsToneAndInfoFindings() {
    String t = "Dorothy suffers from dementia";
    String safe =
        Redactor.redact(
            t,
            List.of(
                f(t, "suffers from", Kind.STIGMA, Severity.WARNING),
                f(t, "dementia", Kind.HEALTH, Severity.INFO),
                f(t, t, Kind.ALT_TEXT, Severity.WARNING),
                f(t, "Dorothy", Kind.PERSON, Severity.ERROR)));
    assertThat(safe).isEqualTo("[name] suffers from dementia");
  }

  @Test
  void aDetailThatIsTheWholePostIsRedactedToo() {
    for (String t : List.of("943 476 5919", "Margaret Ellison", "07700 900123")) {
      Kind kind =
          t.startsWith("9") ? Kind.IDENTIFIER : t.startsWith("0") ? Kind.CONTACT : Kind.PERSON;
      assertThat(Redactor.redact(t, List.of(f(t, t, kind, Severity.ERROR))))
          .isEqualTo(Redactor.placeholder(kind));
    }
  }

  @Test
  void surrogatePairsAndEmptyInputSurvive() {
    String t = "💙 Alfie 💪";
    assertThat(Redactor.redact(t, List.of(f(t, "Alfie", Kind.PERSON, Severity.WARNING))))
        .isEqualTo("💙 [name] 💪");
    assertThat(Redactor.redact("", List.of())).isEmpty();
  }

  @Test
  void customPlaceholders() {
    String t = "NHS no 943 476 5919";
    assertThat(
            Redactor.redact(
                t,
                List.of(f(t, "943 476 5919", Kind.IDENTIFIER, Severity.ERROR)),
                x -> "[NHS number]"))
        .isEqualTo("NHS no [NHS number]");
  }

  @Test
  void spanOutsideTheTextIsAnError() {
    Finding bad =
        new Finding(
            "x",
            Kind.PERSON,
            Severity.ERROR,
            new Span(0, 50),
            "a".repeat(50),
            "m",
            null,
            Explanation.of("x"));
    assertThatThrownBy(() -> Redactor.redact("short", List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }
}
