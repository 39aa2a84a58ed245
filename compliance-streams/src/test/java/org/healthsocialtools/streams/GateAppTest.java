package org.healthsocialtools.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateAppTest {

  @TempDir Path dir;

  @Test
  void optionsOverrideTheConfigFile() throws Exception {
    Path file = dir.resolve("gate.properties");
    Files.writeString(
        file, "bootstrap.servers=file:9092\napplication.id=from-file\nhst.topic.input=in\n");
    Properties p =
        GateApp.arguments(
            new String[] {"--config", file.toString(), "--bootstrap-servers=cli:9092"});
    assertThat(p.getProperty("bootstrap.servers")).isEqualTo("cli:9092");
    assertThat(p.getProperty("application.id")).isEqualTo("from-file");
    assertThat(GateTopics.from(p).input()).isEqualTo("in");
    assertThat(GateTopics.from(p).reports()).isEqualTo("draft-reports");
  }

  @Test
  void badCommandLinesSayWhatIsWrong() {
    assertThat(GateApp.arguments(new String[] {"--help"})).isNull();
    assertThatThrownBy(() -> GateApp.arguments(new String[0])).hasMessageStartingWith("no broker");
    assertThatThrownBy(() -> GateApp.arguments(new String[] {"--brokers", "b:1"}))
        .hasMessageStartingWith("unknown option --brokers");
    assertThatThrownBy(() -> GateApp.arguments(new String[] {"--bootstrap-servers"}))
        .hasMessageStartingWith("option --bootstrap-servers needs a value");
    assertThatThrownBy(
            () ->
                GateApp.arguments(
                    new String[] {"--config", dir.resolve("none.properties").toString()}))
        .hasMessageContaining("none.properties: cannot read");
  }

  @Test
  void policyAndLimitsComeFromConfiguration() {
    Properties p = new Properties();
    p.setProperty("hst.disabled.rules", "privacy.nhs-number, privacy.phone");
    p.setProperty("hst.severity.tone.suffers-from", "info");
    p.setProperty("hst.max.draft.chars", "500");
    try (ComplianceChecker checker = GateApp.checker(p)) {
      assertThat(checker.rule("privacy.nhs-number")).isEmpty();
      assertThat(checker.maxPostLength()).isEqualTo(500);
      assertThat(checker.policy().overrides()).containsEntry("tone.suffers-from", Severity.INFO);
      assertThat(checker.check(Post.of(Drafts.REVIEW_TEXT)).verdict()).isEqualTo(Verdict.PASS);
    }
  }

  @Test
  void theOrganisationProfileIsLoadedFromItsFile() throws Exception {
    Path profile = dir.resolve("profile.yml");
    Files.writeString(
        profile, "name: Northbrook NHS Foundation Trust\ndisabledRules: [tone.suffers-from]\n");
    Properties p = new Properties();
    p.setProperty("hst.profile", profile.toString());
    try (ComplianceChecker checker = GateApp.checker(p)) {
      assertThat(checker.rule("tone.suffers-from")).isEmpty();
    }
  }

  @Test
  void badSettingsNameTheKey() throws Exception {
    Properties severity = new Properties();
    severity.setProperty("hst.severity.tone.suffers-from", "loud");
    assertThatThrownBy(() -> GateApp.checker(severity))
        .hasMessageStartingWith("hst.severity.tone.suffers-from:");
    Properties limit = new Properties();
    limit.setProperty("hst.max.draft.chars", "-3");
    assertThatThrownBy(() -> GateApp.checker(limit)).hasMessageStartingWith("hst.max.draft.chars:");
    Path profile = dir.resolve("bad.yml");
    Files.writeString(profile, "nmae: typo\n");
    Properties bad = new Properties();
    bad.setProperty("hst.profile", profile.toString());
    assertThatThrownBy(() -> GateApp.checker(bad)).hasMessageStartingWith("hst.profile:");
  }

  @Test
  void topicsMustBeDistinct() {
    Properties p = new Properties();
    p.setProperty("hst.topic.blocked", "drafts-review");
    assertThatThrownBy(() -> GateTopics.from(p)).hasMessageContaining("used twice");
  }
}
