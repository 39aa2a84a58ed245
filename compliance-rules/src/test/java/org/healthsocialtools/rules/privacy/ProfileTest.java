package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import java.util.Map;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.RulePackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The bundled example profile loads and the privacy rules honour every part of it. */
class ProfileTest {

  private static final OrganisationProfile NORTHBROOK =
      ProfileLoader.load(ProfileTest.class.getResource("/hst/profiles/northbrook-nhs.yaml"));
  private static final ComplianceChecker CHECKER = PrivacyAssert.with(NORTHBROOK);

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  @Test
  void bundledProfilesLoad() {
    assertThat(NORTHBROOK.phoneNumbers()).contains("0113 496 0500");
    assertThat(
            ProfileLoader.load(
                    ProfileTest.class.getResource("/hst/profiles/cedar-valley-health.yaml"))
                .locale())
        .isEqualTo("en-US");
  }

  @Test
  void ownPhoneNumbersInAnyFormatAreNotFindings() {
    String text = "Dr Shah will call you on 0113 496 0500 or +44 113 496 0500";
    assertThat(found("privacy.phone", text)).hasSize(2);
    assertThat(found(CHECKER, "privacy.phone", text)).isEmpty();
  }

  @Test
  void consentingStaffAreNotNamesButPatientsStillAre() {
    String text = "Joy was on the ward with Margaret after her surgery";
    assertThat(found("privacy.person-name", text)).contains("Joy", "Margaret");
    assertThat(found(CHECKER, "privacy.person-name", text)).containsExactly("Margaret");
  }

  @Test
  void trustIdentifierFormatAndDenyList() {
    assertThat(found(CHECKER, "privacy.record-number", "Wristband shows NB1234567 today"))
        .containsExactly("NB1234567");
    assertThat(found("privacy.record-number", "Wristband shows NB1234567 today")).isEmpty();
    assertThat(found(CHECKER, "privacy.person-name", "Update on Patient Zebra this morning"))
        .containsExactly("Patient Zebra");
  }

  @Test
  void allowListAndOrganisationNamesSilenceFindings() {
    String text = "Margaret is settling in on Florence Nightingale Ward after her fall";
    assertThat(found(CHECKER, "privacy.ward-bed", text)).isEmpty();
    assertThat(found(CHECKER, "privacy.person-name", text)).containsExactly("Margaret");
  }

  @Test
  void ownEmailAndAddressPass() {
    assertThat(found(CHECKER, "privacy.email", "Email press.office@northbrook.nhs.uk")).isEmpty();
    assertThat(found(CHECKER, "privacy.email", "Email jo.bloggs@northbrook.nhs.uk")).isEmpty();
    assertThat(found(CHECKER, "privacy.handle", "@NorthbrookNHS thanks for visiting your mum"))
        .isEmpty();
  }

  @Test
  void badIdentifierPatternNamesTheField() {
    OrganisationProfile bad =
        new OrganisationProfile(
            "x",
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("mrn", "NB[0-9"),
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null);
    assertThatThrownBy(() -> ComplianceChecker.builder().profile(bad).build())
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("identifierPatterns.mrn");
  }
}
