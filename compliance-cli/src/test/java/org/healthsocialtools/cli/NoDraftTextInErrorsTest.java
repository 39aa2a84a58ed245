package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.cli.input.JsonLinesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI front door: a unique canary string fed through every error path the command can reach
 * (calendar headers, platform values, malformed JSON and JSON arrays, over-long lines, bad
 * encodings, a bad project file and a bad profile) never appears in standard error, nor in standard
 * output when the run is an error. Each path is also checked to be an error that names its file, so
 * the test cannot pass by not reaching the path.
 */
class NoDraftTextInErrorsTest {

  /** Made-up words that appear nowhere else; any occurrence in an error is a leak. */
  private static final String CANARY = "Zephyrine Quillfeather";

  private static final String CANARY_WORD = "Quillfeather";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private record Case(String what, String file, Cli.Run run) {}

  @Test
  void noErrorPathQuotesTheDraft() throws IOException {
    List<Case> cases = new ArrayList<>();
    // Calendars: a headerless calendar whose first row is a post; a named column that does not
    // exist.
    Path headerless = write("one.csv", "Get well soon " + CANARY + ",NHS 943 476 5919,x\n");
    cases.add(
        new Case(
            "headerless calendar",
            "one.csv",
            Cli.run("check", "--no-config", headerless.toString())));
    cases.add(
        new Case(
            "--columns on a headerless calendar",
            "one.csv",
            Cli.run("check", "--no-config", "--columns", "text=Message", headerless.toString())));
    // JSON Lines: a bad platform value, malformed lines of several kinds, an over-long line.
    Path jsonl =
        write(
            "batch.jsonl",
            String.join(
                "\n",
                "{\"text\": \"hello\", \"platform\": \"" + CANARY + "\"}",
                "{\"text\": " + CANARY + "}",
                "{\"text\": \"" + CANARY,
                "{\"text\": \"ok\"} " + CANARY,
                "{\"text\": \"ok\", " + CANARY + ": 1}",
                "[\"" + CANARY + "\"]",
                "{\"text\": [\"" + CANARY + "\"]}",
                "{\"text\": \""
                    + (CANARY + " ").repeat(JsonLinesReader.MAX_LINE / CANARY.length() + 10)
                    + "\"}",
                "{\"text\": \"fine\"}",
                ""));
    cases.add(
        new Case(
            "bad JSON Lines", "batch.jsonl", Cli.run("check", "--no-config", jsonl.toString())));
    // JSON arrays: malformed after a good entry.
    Path array = write("posts.json", "[{\"text\": \"ok\"}, {\"text\": " + CANARY + "}]");
    cases.add(
        new Case(
            "bad JSON array", "posts.json", Cli.run("check", "--no-config", array.toString())));
    // Bad encodings: Windows-1252 bytes in a text file, a calendar and JSON Lines.
    byte[] latin = ("Get well soon " + CANARY + " caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    cases.add(
        new Case(
            "bad encoding (text)",
            "legacy.txt",
            Cli.run("check", "--no-config", writeBytes("legacy.txt", latin).toString())));
    byte[] latinCsv = ("Message\n" + CANARY + " caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    cases.add(
        new Case(
            "bad encoding (calendar)",
            "legacy.csv",
            Cli.run("check", "--no-config", writeBytes("legacy.csv", latinCsv).toString())));
    byte[] latinJsonl =
        ("{\"text\": \"" + CANARY + " caf\u00e9\"}\n").getBytes(StandardCharsets.ISO_8859_1);
    cases.add(
        new Case(
            "bad encoding (JSON Lines)",
            "legacy.jsonl",
            Cli.run("check", "--no-config", writeBytes("legacy.jsonl", latinJsonl).toString())));
    // Standard input: malformed JSON Lines.
    cases.add(
        new Case(
            "bad standard input",
            "<stdin>",
            Cli.run(
                TestRules.FACTORY,
                ("{\"text\": " + CANARY + "}\n").getBytes(StandardCharsets.UTF_8),
                "check",
                "--no-config",
                "-")));
    Path ok = write("ok.txt", "A fine post.");
    // hst.yml: draft text in an accept entry with a YAML error, a bad platform, a bad value type.
    Path yml1 =
        write(
            "bad1.yml",
            "accept:\n  - rule: test.ten-digits\n    text: \"" + CANARY + "\n    reason: x\n");
    cases.add(
        new Case(
            "bad hst.yml (syntax)",
            "bad1.yml",
            Cli.run("check", "--config", yml1.toString(), ok.toString())));
    Path yml2 = write("bad2.yml", "platforms: [\"" + CANARY + "\"]\n");
    cases.add(
        new Case(
            "bad hst.yml (platform)",
            "bad2.yml",
            Cli.run("check", "--config", yml2.toString(), ok.toString())));
    Path yml3 =
        write(
            "bad3.yml",
            "accept:\n  - rule: test.ten-digits\n    text: [\""
                + CANARY
                + "\"]\n"
                + "    reason: x\n");
    cases.add(
        new Case(
            "bad hst.yml (type)",
            "bad3.yml",
            Cli.run("check", "--config", yml3.toString(), ok.toString())));
    Path yml4 = write("bad4.yml", "fail-on: \"" + CANARY + "\"\n");
    cases.add(
        new Case(
            "bad hst.yml (fail-on)",
            "bad4.yml",
            Cli.run("check", "--config", yml4.toString(), ok.toString())));
    // Profiles: staff names are personal data too.
    Path profile1 = write("profile1.yml", "staff: [\"" + CANARY + "\"\n");
    cases.add(
        new Case(
            "bad profile (syntax)",
            "profile1.yml",
            Cli.run("check", "--no-config", "--profile", profile1.toString(), ok.toString())));
    Path profile2 =
        write("profile2.yml", "severities:\n  privacy.nhs-number: \"" + CANARY + "\"\n");
    cases.add(
        new Case(
            "bad profile (value)",
            "profile2.yml",
            Cli.run("check", "--no-config", "--profile", profile2.toString(), ok.toString())));
    Path profile3 = write("profile3.yml", "name: [\"" + CANARY + "\"]\n");
    cases.add(
        new Case(
            "bad profile (type)",
            "profile3.yml",
            Cli.run("check", "--no-config", "--profile", profile3.toString(), ok.toString())));

    for (Case c : cases) {
      assertThat(c.run().err())
          .as(c.what() + ": an error or warning naming the file")
          .contains(c.file());
      assertThat(c.run().err())
          .as(c.what() + ": standard error")
          .doesNotContainIgnoringCase(CANARY_WORD);
    }
  }

  @Test
  void theRestOfABadJsonLinesFileIsStillChecked() throws IOException {
    Path jsonl =
        write(
            "batch.jsonl",
            "{\"text\": " + CANARY + "}\n{\"id\": \"good\", \"text\": \"NHS 943 476 5919\"}\n");
    Cli.Run run = Cli.run("check", "--no-config", "-f", "jsonl", jsonl.toString());
    assertThat(run.err()).contains("batch.jsonl:1").doesNotContain(CANARY_WORD);
    assertThat(run.out()).contains("\"good\"");
  }
}
