package org.healthsocialtools.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.rule.RulePackException;
import org.junit.jupiter.api.Test;

class ProfileLoaderTest {

  private static OrganisationProfile load(String yaml) {
    return ProfileLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "org.yaml");
  }

  @Test
  void readsCamelAndKebabCase() {
    OrganisationProfile p =
        load(
            """
        name: Northbrook NHS Foundation Trust
        phone-numbers: ["0113 496 0000"]
        handles: ["@NorthbrookNHS"]
        severities: {tone.suffers-from: info}
        disabledRules: [platform.length]
        require-welsh: true
        extend:
          tone.suffers-from: {exceptions: ["suffers from the cold"]}
        """);
    assertThat(p.name()).isEqualTo("Northbrook NHS Foundation Trust");
    assertThat(p.phoneNumbers()).containsExactly("0113 496 0000");
    assertThat(p.requireWelsh()).isTrue();
    assertThat(p.extend().get("tone.suffers-from").exceptions())
        .containsExactly("suffers from the cold");
    assertThat(p.locale()).isEqualTo("en-GB");
  }

  @Test
  void unknownFieldIsAnError() {
    assertThatThrownBy(() -> load("name: X\nphonenumber: [1]\n"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("org.yaml")
        .hasMessageContaining("phonenumber");
  }

  @Test
  void badSeverityAndBadPatternAreNamed() {
    assertThatThrownBy(() -> load("severities: {tone.x: loud}\n"))
        .hasMessageContaining("severities.tone.x");
    assertThatThrownBy(() -> load("identifierPatterns: {mrn: \"(\"}\n"))
        .hasMessageContaining("identifierPatterns.mrn");
  }

  @Test
  void emptyFileIsTheEmptyProfile() {
    assertThat(load("")).isEqualTo(OrganisationProfile.none());
  }

  @Test
  void oversizedProfileStreamIsRefused() {
    byte[] big = new byte[ProfileLoader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    assertThatThrownBy(() -> ProfileLoader.load(new ByteArrayInputStream(big), "big.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("big.yaml")
        .hasMessageContaining("larger than");
  }

  @Test
  void wrongShapesAreRulePackExceptionsNamingTheFile() {
    assertThatThrownBy(() -> load("- a\n- b\n"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("org.yaml");
    assertThatThrownBy(() -> load("severities: [info]\n"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("org.yaml");
    assertThatThrownBy(() -> load("name: \"unterminated\n"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("org.yaml");
  }
}
