package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsocialtools.cli.config.ConfigException;
import org.healthsocialtools.cli.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes, baseline, accepted findings, the project file and the input kinds, through the
 * command.
 */
class RunTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void exitCodesFollowFailOnFromOptionThenProjectFile() throws IOException {
    Path warn = write("warn.txt", "He suffers from asthma.");
    Path block = write("block.txt", "NHS 943 476 5919");
    Path info = write("info.txt", "Open!!!");
    assertThat(Cli.run("check", "--no-config", warn.toString()).exit()).isEqualTo(Hst.OK);
    assertThat(Cli.run("check", "--no-config", block.toString()).exit()).isEqualTo(Hst.BLOCKED);
    assertThat(Cli.run("check", "--no-config", "--fail-on", "warning", warn.toString()).exit())
        .isEqualTo(Hst.BLOCKED);
    assertThat(Cli.run("check", "--no-config", "--fail-on", "warning", info.toString()).exit())
        .isEqualTo(Hst.OK);
    assertThat(Cli.run("check", "--no-config", "--fail-on", "never", block.toString()).exit())
        .isEqualTo(Hst.OK);
    Path cfg = write("hst.yml", "fail-on: warning\n");
    assertThat(Cli.run("check", "--config", cfg.toString(), warn.toString()).exit())
        .isEqualTo(Hst.BLOCKED);
    assertThat(
            Cli.run("check", "--config", cfg.toString(), "--fail-on", "error", warn.toString())
                .exit())
        .isEqualTo(Hst.OK);
    assertThat(Cli.run("check", "--no-config", dir.resolve("missing.csv").toString()).exit())
        .isEqualTo(Hst.INPUT_ERROR);
    Cli.Run summary =
        Cli.run(
            "check",
            "--no-config",
            "-f",
            "jsonl",
            warn.toString(),
            block.toString(),
            info.toString());
    assertThat(summary.err()).contains("3 posts: 1 blocked, 1 to review, 1 passed");
  }

  @Test
  void baselineFailsOnlyOnNewFindingsAndAcceptedFindingsAreReported() throws IOException {
    Path cal = write("cal.csv", "Message\nNHS 943 476 5919\nHe suffers from asthma.\n");
    Path base = dir.resolve("base.json");
    Cli.Run b = Cli.run("baseline", "--no-config", "-o", base.toString(), cal.toString());
    assertThat(b.exit()).isEqualTo(Hst.OK);
    assertThat(b.err()).contains("wrote 2 findings");
    assertThat(Files.readString(base))
        .contains("test.ten-digits")
        .doesNotContain("943 476 5919")
        .doesNotContain("NHS 9"); // no draft text (the temp path may hold any digits)
    assertThat(
            Cli.run("check", "--no-config", "--baseline", base.toString(), cal.toString()).exit())
        .isEqualTo(Hst.OK);
    Files.writeString(
        cal, "Message\nNew post first 123 456 7890\nNHS 943 476 5919\nHe suffers from asthma.\n");
    Cli.Run after =
        Cli.run(
            "check", "--no-config", "--baseline", base.toString(), "-f", "sarif", cal.toString());
    assertThat(after.exit()).isEqualTo(Hst.BLOCKED);
    assertThat(after.out()).containsOnlyOnce("\"baselineState\" : \"new\"");
    assertThat(after.err()).contains("1 blocked").contains("2 in baseline");

    Path cfg =
        write(
            "hst.yml",
            """
        accept:
          - rule: test.ten-digits
            text: "123  456 7890"
            reason: a made-up number in a training post
          - rule: test.exclaim
            post: nowhere
            reason: stale
        """);
    Cli.Run accepted =
        Cli.run("check", "--config", cfg.toString(), "--baseline", base.toString(), cal.toString());
    assertThat(accepted.exit()).isEqualTo(Hst.OK);
    assertThat(accepted.out())
        .contains("(accepted: a made-up number in a training post)")
        .contains("(in the baseline: not counted)");
    assertThat(accepted.err()).contains("accept[2] matched no finding");
    Path bad = write("bad.json", "{\"version\": 1, \"findings\": [}");
    Cli.Run badRun = Cli.run("check", "--no-config", "--baseline", bad.toString(), cal.toString());
    assertThat(badRun.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(badRun.err()).contains("bad.json:1: not a baseline file");
  }

  @Test
  void projectFileErrorsNameFileAndLine() throws IOException {
    Path cfg =
        write("hst.yml", "locale: en-GB\nfail-on: warning\nseverty:\n  test.exclaim: error\n");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.load(cfg)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("hst.yml:3: unknown key 'severty'")
        .hasMessageContaining("severities");
    Path badLevel = write("b/hst.yml", "severities:\n  test.exclaim: loud\n");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.load(badLevel)))
        .hasMessageContaining("hst.yml:2");
    Path noReason = write("c/hst.yml", "accept:\n  - fingerprint: abc\n");
    Cli.Run r = Cli.run("check", "--config", noReason.toString(), "-");
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(r.err()).contains("accept[1]: 'reason' is required");
  }

  @Test
  void projectFileIsFoundUpwardsAndSetsProfileSeveritiesAndIncludes() throws IOException {
    write(
        "proj/hst.yml",
        """
        profile:
          name: Northbrook
          disabledRules: [test.exclaim]
        severities: {test.suffers-from: error}
        platforms: [linkedin, x]
        include: [content]
        exclude: ["content/archive/**"]
        """);
    write("proj/content/a.md", "He suffers from asthma!!!");
    write("proj/content/archive/old.txt", "NHS 943 476 5919");
    write("proj/content/notes.docx", "ignored: not a post format");
    assertThat(ConfigLoader.find(dir.resolve("proj/content/archive")))
        .isEqualTo(dir.resolve("proj/hst.yml"));
    Cli.Run r = Cli.run("check", "--config", dir.resolve("proj/hst.yml").toString(), "-f", "jsonl");
    assertThat(r.out().lines())
        .singleElement()
        .satisfies(
            l -> assertThat(l).contains("\"severity\":\"error\"").doesNotContain("test.exclaim"));
    assertThat(r.exit()).isEqualTo(Hst.BLOCKED);
  }

  @Test
  void directoriesGlobsJsonArraysMarkdownAndStdin() throws IOException {
    write(
        "in/b.json",
        """
        [
          {"id": "a1", "text": "fine"},
          {"id": "a2"},
          {"id": "a3", "text": "He suffers from asthma."}
        ]
        """);
    write("in/sub/c.md", "One.\n---\nTwo suffers from it.\n");
    write("in/.hidden/d.txt", "NHS 943 476 5919");
    Cli.Run r = Cli.run("check", "--no-config", "-f", "jsonl", dir.resolve("in").toString());
    assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(','))))
        .containsExactly(
            "{\"id\":\"a1\"",
            "{\"id\":\"a3\"",
            "{\"id\":\"" + rel("in/sub/c.md") + ":1\"",
            "{\"id\":\"" + rel("in/sub/c.md") + ":3\"");
    assertThat(r.err()).contains("b.json:3: field 'text' is missing");
    Cli.Run g =
        Cli.run("check", "--no-config", "-f", "jsonl", dir.resolve("in").toString() + "/**/*.md");
    assertThat(g.out().lines()).hasSize(2);
    Cli.Run none = Cli.run("check", "--no-config", dir.resolve("in").toString() + "/*.csv");
    assertThat(none.err()).contains("no files match");
    Cli.Run stdin =
        Cli.run(
            TestRules.FACTORY,
            "[{\"id\": \"s\", \"text\": \"NHS 943 476 5919\"}]".getBytes(StandardCharsets.UTF_8),
            "check",
            "--no-config",
            "-f",
            "jsonl",
            "-");
    assertThat(stdin.out()).startsWith("{\"id\":\"s\",\"verdict\":\"block\"");
    Cli.Run csvIn =
        Cli.run(
            TestRules.FACTORY,
            "Message\nNHS 943 476 5919\n".getBytes(StandardCharsets.UTF_8),
            "check",
            "--no-config",
            "--input-format",
            "csv",
            "-f",
            "github",
            "-");
    assertThat(csvIn.out()).contains("file=<stdin>,line=2,title=test.ten-digits");
  }

  private String rel(String p) {
    return org.healthsocialtools.cli.input.Sources.relative(dir.resolve(p));
  }
}
