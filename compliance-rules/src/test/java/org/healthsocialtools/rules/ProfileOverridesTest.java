package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.MediaItem;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Post;
import org.healthsocialtools.Severity;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.RulePackException;
import org.junit.jupiter.api.Test;

/** Organisation profiles change the bundled rules without touching the packs. */
class ProfileOverridesTest {

  private static OrganisationProfile profile(
      String locale,
      List<String> disabled,
      Map<String, String> severities,
      boolean requireWelsh,
      Map<String, OrganisationProfile.RuleExtension> extend) {
    return new OrganisationProfile(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        locale,
        null,
        disabled,
        severities,
        requireWelsh,
        extend);
  }

  private static List<String> ids(ComplianceChecker c, String text) {
    return c.check(text).findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void extendAddsTermsAndExceptionsToABundledTermRule() {
    OrganisationProfile p =
        profile(
            null,
            null,
            null,
            false,
            Map.of(
                "tone.suffers-from",
                new OrganisationProfile.RuleExtension(
                    List.of("is a martyr to"), List.of("suffers from the cold"))));
    try (ComplianceChecker c = ComplianceChecker.builder().profile(p).build();
        ComplianceChecker plain = ComplianceChecker.builder().build()) {
      assertThat(ids(c, "Our porter is a martyr to his knees")).contains("tone.suffers-from");
      assertThat(ids(plain, "Our porter is a martyr to his knees"))
          .doesNotContain("tone.suffers-from");
      assertThat(ids(c, "The garden suffers from the cold in winter"))
          .doesNotContain("tone.suffers-from");
      assertThat(ids(plain, "The garden suffers from the cold in winter"))
          .contains("tone.suffers-from");
      assertThat(ids(c, "1 in 10 adults suffers from diabetes")).contains("tone.suffers-from");
    }
  }

  @Test
  void extendingAnUnknownOrNonTermRuleIsAnErrorNamingIt() {
    OrganisationProfile unknown =
        profile(
            null,
            null,
            null,
            false,
            Map.of("tone.no-such-rule", new OrganisationProfile.RuleExtension(List.of("x"), null)));
    assertThatThrownBy(() -> ComplianceChecker.builder().profile(unknown).build())
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("tone.no-such-rule");
    OrganisationProfile java =
        profile(
            null,
            null,
            null,
            false,
            Map.of(
                "accessibility.caps", new OrganisationProfile.RuleExtension(List.of("x"), null)));
    assertThatThrownBy(() -> ComplianceChecker.builder().profile(java).build())
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("accessibility.caps")
        .hasMessageContaining("not a term rule");
  }

  @Test
  void houseLocaleSwitchesBetweenUkAndUsRules() {
    try (ComplianceChecker us =
            ComplianceChecker.builder().profile(profile("en-US", null, null, false, null)).build();
        ComplianceChecker uk = ComplianceChecker.builder().build()) {
      String text = "Free rides for disabled veterans and the elderly";
      assertThat(ids(us, text)).contains("tone.disabled-people-us").doesNotContain("tone.elderly");
      assertThat(ids(uk, text)).contains("tone.elderly").doesNotContain("tone.disabled-people-us");
    }
  }

  @Test
  void disabledRulesAndSeverityOverridesApply() {
    OrganisationProfile p =
        profile(null, List.of("tone.profanity"), Map.of("tone.chatspeak", "error"), false, null);
    try (ComplianceChecker c = ComplianceChecker.builder().profile(p).build()) {
      List<Finding> f = c.check("What a crap week lol").findings();
      assertThat(f)
          .extracting(Finding::ruleId)
          .doesNotContain("tone.profanity")
          .contains("tone.chatspeak");
      assertThat(f)
          .filteredOn(x -> x.ruleId().equals("tone.chatspeak"))
          .extracting(Finding::severity)
          .containsOnly(Severity.ERROR);
    }
  }

  @Test
  void requireWelshReportsPostsWithNoWelsh() {
    try (ComplianceChecker c =
        ComplianceChecker.builder().profile(profile(null, null, null, true, null)).build()) {
      assertThat(ids(c, "Walk-in flu clinic on Saturday, 10am to 2pm. No appointment needed."))
          .contains("tone.welsh-version");
      assertThat(
              ids(
                  c,
                  "Clinig ffliw galw heibio dydd Sadwrn. Dim angen apwyntiad.\n"
                      + "Walk-in flu clinic on Saturday. No appointment needed."))
          .doesNotContain("tone.welsh-version");
    }
    try (ComplianceChecker c = ComplianceChecker.builder().build()) {
      assertThat(ids(c, "Walk-in flu clinic on Saturday, 10am to 2pm."))
          .doesNotContain("tone.welsh-version");
    }
  }

  @Test
  void attachedImagesNeedAltText() {
    try (ComplianceChecker c = ComplianceChecker.builder().build()) {
      Post noAlt = Post.of("Our new ward is open").withMedia(List.of(MediaItem.image(" ")));
      Post withAlt =
          Post.of("Our new ward is open. Photos below")
              .withMedia(
                  List.of(MediaItem.image("A bright ward with six beds and green curtains")));
      assertThat(c.check(noAlt).findings())
          .extracting(Finding::ruleId)
          .contains("accessibility.alt-text");
      assertThat(c.check(withAlt).findings())
          .extracting(Finding::ruleId)
          .doesNotContain("accessibility.alt-text");
    }
  }

  @Test
  void theBundledExampleProfileLoadsAndApplies() throws Exception {
    Path file = Path.of("..", "examples", "profiles", "house-style-en-us.yaml");
    assertThat(Files.exists(file)).isTrue();
    OrganisationProfile p = ProfileLoader.load(file);
    try (ComplianceChecker c = ComplianceChecker.builder().profile(p).build()) {
      assertThat(ids(c, "Our most loyal super user was back in the ER again"))
          .contains("tone.patient-pejorative");
      assertThat(c.rule("clarity.long-sentence")).isEmpty();
      assertThat(c.check("Night shift snacks gone lol").findings())
          .filteredOn(f -> f.ruleId().equals("tone.chatspeak"))
          .extracting(Finding::severity)
          .containsOnly(Severity.WARNING);
    }
  }
}
