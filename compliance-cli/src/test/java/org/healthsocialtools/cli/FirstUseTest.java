package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user hits first, with the bundled rules: platform defaults, strict configuration,
 * plain messages.
 */
class FirstUseTest {

  @TempDir Path dir;

  /** Runs {@code hst} in-process with the bundled rules (not the fixed test rules). */
  private static Cli.Run run(String... args) {
    return Cli.run(CheckerFactory.DEFAULT, null, args);
  }

  /** Writes {@code hst.yml} with {@code yaml} and checks {@code file} with it. */
  private Cli.Run withConfig(String yaml, Path file, String... options) throws IOException {
    Path config = write("hst.yml", yaml);
    List<String> args = new ArrayList<>(List.of("check", "--config", config.toString()));
    args.addAll(List.of(options));
    args.add(file.toString());
    return run(args.toArray(String[]::new));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  /**
   * 386 characters and seven hashtags: over X's 280 and Bluesky's 300, over Instagram's five tags.
   */
  private static final String LONG =
      "Our winter vaccine clinics are open at every site across the county this"
          + " season, with walk-in slots on weekday evenings and Saturday mornings for anyone who is eligible, including"
          + " carers, pregnant women and people aged 65 and over. Bring your NHS app or a letter if you have one please."
          + " Thanks to everyone who came last year, see you soon. #Flu #Vaccine #NHS #Winter #Health #Care #Jabs";

  @Test
  void postsNamingNoPlatformAreCheckedAgainstEveryPlatform() throws IOException {
    Path draft = write("long.txt", LONG);
    Cli.Run r = run("check", "--no-config", "--format", "jsonl", draft.toString());
    assertThat(r.out())
        .contains("\"ruleId\":\"platform.length\"")
        .contains("as x counts it")
        .contains("\"ruleId\":\"platform.hashtag-limit\"")
        .contains("instagram allows 5");
    assertThat(r.exit()).isEqualTo(Hst.BLOCKED);
    Cli.Run all =
        run("check", "--no-config", "--platform", "all", "--format", "jsonl", draft.toString());
    assertThat(all.out()).isEqualTo(r.out());
    Cli.Run facebook =
        run(
            "check",
            "--no-config",
            "--platform",
            "facebook",
            "--format",
            "jsonl",
            draft.toString());
    assertThat(facebook.out())
        .doesNotContain("platform.length")
        .doesNotContain("platform.hashtag-limit");
  }

  @Test
  void theProjectFilePlatformsAreEachChecked() throws IOException {
    Path draft = write("long.txt", LONG);
    Cli.Run wide = withConfig("platforms: [facebook, linkedin]\n", draft, "--format", "jsonl");
    assertThat(wide.out()).doesNotContain("platform.length");
    Cli.Run narrow = withConfig("platforms: [linkedin, bluesky]\n", draft, "--format", "jsonl");
    assertThat(narrow.out()).contains("as bluesky counts it");
  }

  @Test
  void unknownRuleIdsInTheProjectFileFailWithLineAndNearestId() throws IOException {
    Path draft = write("a.txt", "Our flu clinic is open on Saturday.");
    Cli.Run r = withConfig("locale: en-GB\nseverities:\n  tone.cure-claims: error\n", draft);
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(r.err())
        .contains("hst.yml:3: no rule 'tone.cure-claims' (did you mean tone.cure-claim?)");

    Cli.Run d = withConfig("disable: [clarity.readability]\n", draft);
    assertThat(d.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(d.err()).contains("hst.yml:1: no rule 'clarity.readability'").contains("hst rules");

    Cli.Run a =
        withConfig(
            "accept:\n  - rule: privacy.person-nam\n    text: Jo\n    reason: consent on file\n",
            draft);
    assertThat(a.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(a.err())
        .contains(
            "hst.yml:2: accept[1]: no rule 'privacy.person-nam' (did you mean"
                + " privacy.person-name?)");
  }

  @Test
  void unknownRuleIdsAndKeysInAProfileFailWithLine() throws IOException {
    Path draft = write("a.txt", "Our flu clinic is open on Saturday.");
    Path profile = write("org.yaml", "name: Test Trust\nseverities:\n  privacy.nhs-numbr: info\n");
    Cli.Run r = run("check", "--no-config", "--profile", profile.toString(), draft.toString());
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(r.err())
        .contains("org.yaml:3: no rule 'privacy.nhs-numbr' (did you mean privacy.nhs-number?)");
    Path typo = write("typo.yaml", "name: Test Trust\ndisabledRule: [tone.cure-claim]\n");
    Cli.Run t = run("check", "--no-config", "--profile", typo.toString(), draft.toString());
    assertThat(t.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(t.err())
        .contains("typo.yaml:2: unknown key 'disabledRule' (did you mean disabledRules?)");
  }

  @Test
  void theAnnotatedExampleProjectFileWorksWhenCopied() throws IOException {
    Files.copy(Path.of("../examples/ci/hst.yml"), dir.resolve("hst.yml"));
    write(
        "content/week-1.txt", "Our flu clinic is open on Saturday at Northbrook General Hospital.");
    Cli.Run r =
        run(
            "check",
            "--config",
            dir.resolve("hst.yml").toString(),
            dir.resolve("content").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(Hst.OK);
    assertThat(r.err()).doesNotContain("no rule").doesNotContain("unknown");
  }

  @Test
  void aWindowsCalendarIsReadWithAWarningNamingTheLine() throws IOException {
    Path csv = dir.resolve("calendar.csv");
    Files.write(
        csv,
        "text,platform\nOur caf\u00e9 reopens on Monday \u2013 see you there,x\n"
            .getBytes(Charset.forName("windows-1252")));
    Cli.Run r = run("check", "--no-config", csv.toString());
    assertThat(r.err())
        .contains("calendar.csv:2: not UTF-8; read as windows-1252")
        .contains("--encoding");
    assertThat(r.out()).contains("PASS");
    assertThat(r.exit()).isEqualTo(Hst.OK);
    Cli.Run quiet = run("check", "--no-config", "--encoding", "windows-1252", csv.toString());
    assertThat(quiet.err()).doesNotContain("warning");
    assertThat(run("check", "--no-config", "--encoding", "klingon", csv.toString()).exit())
        .isEqualTo(Hst.INPUT_ERROR);
  }

  @Test
  void anEmptyCalendarIsNotASilentPass() throws IOException {
    Path csv = write("empty.csv", "text,platform\n");
    Cli.Run r = run("check", "--no-config", csv.toString());
    assertThat(r.err())
        .contains("empty.csv: no posts in this file")
        .contains("nothing was checked");
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
  }

  @Test
  void aMissingBaselineSaysHowToMakeOne() throws IOException {
    Path draft = write("a.txt", "Our flu clinic is open on Saturday.");
    Cli.Run r =
        run(
            "check",
            "--no-config",
            "--baseline",
            dir.resolve("old.json").toString(),
            draft.toString());
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(r.err())
        .contains("old.json: no such baseline file: create it with 'hst baseline --output");
  }

  @Test
  void aPostCoveredByTheBaselineSaysItsFindingsAreNotCounted() throws IOException {
    Path draft = write("risky.txt", "Her NHS number is 943 476 5919");
    Path base = dir.resolve("base.json");
    assertThat(run("baseline", "--no-config", "--output", base.toString(), draft.toString()).exit())
        .isZero();
    Cli.Run r =
        run("check", "--no-config", "--no-color", "--baseline", base.toString(), draft.toString());
    assertThat(r.out())
        .contains("PASS: ready to post (1 baseline finding not counted)")
        .contains("(in the baseline: not counted)");
    assertThat(r.exit()).isEqualTo(Hst.OK);
  }
}
