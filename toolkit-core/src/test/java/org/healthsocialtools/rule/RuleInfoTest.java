package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.junit.jupiter.api.Test;

/**
 * A rule cites the guidance of the reader's country when it has one, and its general guidance
 * otherwise.
 */
class RuleInfoTest {

  private static final String HHS = "https://www.hhs.gov/hipaa/";
  private static final String GMC = "https://www.gmc-uk.org/";

  private static RuleInfo rule(Map<String, RuleInfo.Citation> regional) {
    return new RuleInfo(
        "privacy.x",
        Kind.PERSON,
        Severity.WARNING,
        "A name",
        "'{text}' is a name.",
        null,
        HHS,
        "any",
        "HIPAA",
        List.of(Example.flags("[[Edna]]"), Example.passes("Hello")),
        "",
        regional);
  }

  @Test
  void theReadersCountryPicksItsGuidance() {
    RuleInfo r = rule(Map.of("gb", new RuleInfo.Citation(GMC, "GMC")));
    assertThat(r.citationFor("GB")).isEqualTo(new RuleInfo.Citation(GMC, "GMC"));
    assertThat(r.citationFor("gb").url()).isEqualTo(GMC);
    assertThat(r.citationFor("US")).isEqualTo(new RuleInfo.Citation(HHS, "HIPAA"));
    assertThat(r.citationFor("")).isEqualTo(new RuleInfo.Citation(HHS, "HIPAA"));
    assertThat(r.citationFor(null).url()).isEqualTo(HHS);
    assertThat(r.regional()).containsOnlyKeys("GB");
  }

  @Test
  void aRuleWithoutRegionalGuidanceCitesItsOwnEverywhere() {
    RuleInfo r =
        new RuleInfo(
            "privacy.x",
            Kind.PERSON,
            Severity.WARNING,
            "A name",
            "m",
            null,
            HHS,
            "any",
            "",
            List.of(Example.flags("[[Edna]]"), Example.passes("Hello")));
    assertThat(r.regional()).isEmpty();
    assertThat(r.citationFor("GB").url()).isEqualTo(HHS);
  }

  @RuleDefinition(
      id = "privacy.y",
      kind = Kind.PERSON,
      severity = Severity.WARNING,
      summary = "s",
      message = "m",
      guidance = HHS,
      regional = {"GB https://www.gmc-uk.org/x GMC: Doctors' use of social media"},
      flags = "[[Edna]]",
      passes = "Hello")
  private static final class Annotated {}

  @RuleDefinition(
      id = "privacy.z",
      kind = Kind.PERSON,
      severity = Severity.WARNING,
      summary = "s",
      message = "m",
      guidance = HHS,
      regional = {"UK: see GMC"},
      flags = "[[Edna]]",
      passes = "Hello")
  private static final class Malformed {}

  @Test
  void javaRulesDeclareRegionalGuidanceInTheirDefinition() {
    assertThat(AnnotatedRule.infoOf(Annotated.class).citationFor("GB"))
        .isEqualTo(
            new RuleInfo.Citation("https://www.gmc-uk.org/x", "GMC: Doctors' use of social media"));
    assertThatThrownBy(() -> AnnotatedRule.infoOf(Malformed.class)).hasMessageContaining("UK:");
  }
}
