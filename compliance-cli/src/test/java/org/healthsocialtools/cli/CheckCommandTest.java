package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Hst.run(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void jsonlEchoesIdsInOrderAndSpansMatchText() throws IOException {
    Path in =
        write(
            "posts.jsonl",
            """
        {"id": "a", "text": "\\u200BNHS no \\uFF19\\uFF14\\uFF13 476 5919 \\uD83D\\uDC99", "platform": "x"}
        {"id": "b", "text": "Flu clinic open Saturday 9am to 1pm. #FluVaccine"}
        """);
    Run r = run("check", "--format", "jsonl", in.toString());
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(lines.get(0));
    JsonNode b = json.readTree(lines.get(1));
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("verdict").asText()).isEqualTo("block");
    String text = "\u200BNHS no \uFF19\uFF14\uFF13 476 5919 \uD83D\uDC99";
    JsonNode f = a.get("findings").get(0);
    assertThat(f.get("text").asText())
        .isEqualTo(text.substring(f.get("start").asInt(), f.get("end").asInt()));
    assertThat(b.get("id").asText()).isEqualTo("b");
    assertThat(b.get("verdict").asText()).isEqualTo("pass");
    assertThat(r.exit()).isEqualTo(Hst.BLOCKED);
  }

  @Test
  void malformedLinesAreReportedWithTheirLineAndTheRestIsChecked() throws IOException {
    Path in =
        write(
            "batch.jsonl",
            """
        {"id": "1", "text": "All fine here."}
        {"id": "2", "text": broken
        {"id": "3"}
        {"id": "4", "text": "Also fine.", "platform": "myspace"}
        {"id": "5", "text": "Still checked."}
        """);
    Run r = run("check", "--format", "jsonl", in.toString());
    assertThat(r.out().lines().map(l -> l.substring(0, 9)))
        .containsExactly("{\"id\":\"1\"", "{\"id\":\"5\"");
    assertThat(r.err())
        .contains("batch.jsonl:2: not valid JSON")
        .contains("batch.jsonl:3: field 'text' is missing")
        .contains("batch.jsonl:4: field 'platform': unknown platform (expected")
        .contains("2 posts: 0 blocked, 0 to review, 2 passed; 3 input errors");
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
  }

  @Test
  void invalidUtf8IsReportedNotGuessed() throws IOException {
    Path in = dir.resolve("bad.jsonl");
    Files.write(
        in,
        new byte[] {
          '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
        });
    Run r = run("check", "--format", "jsonl", in.toString());
    assertThat(r.err()).contains("bad.jsonl").contains("not valid UTF-8");
    assertThat(r.exit()).isEqualTo(Hst.INPUT_ERROR);
  }

  @Test
  void textFileIsOnePostAndTextOutputShowsCarets() throws IOException {
    Path in = write("draft.txt", "Her NHS number is 943 476 5919\n");
    Run r = run("check", "--no-color", in.toString());
    assertThat(r.out())
        .contains("BLOCK: do not post")
        .contains("privacy.nhs-number")
        .contains("    |                   ^^^^^^^^^^^^")
        .contains("1 post: 1 blocked");
    assertThat(r.exit()).isEqualTo(Hst.BLOCKED);
  }

  @Test
  void cleanPostExitsZeroAndFailOnNeverIgnoresBlocks() throws IOException {
    Path clean = write("clean.txt", "Our flu clinic is open on Saturday.");
    assertThat(run("check", clean.toString()).exit()).isEqualTo(Hst.OK);
    Path risky = write("risky.txt", "Her NHS number is 943 476 5919");
    assertThat(run("check", "--fail-on", "never", risky.toString()).exit()).isEqualTo(Hst.OK);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("check").exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(run("check", "--format", "pdf", "x.txt").exit()).isEqualTo(Hst.INPUT_ERROR);
    Run missing = run("check", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void profileOptionLoadsTheProfileAndNamesABadOne() throws IOException {
    Path profile = write("org.yaml", "name: Test Trust\nseverities: {privacy.nhs-number: info}\n");
    Path risky = write("risky2.txt", "Her NHS number is 943 476 5919");
    Run r =
        run(
            "check",
            "--no-config",
            "--profile",
            profile.toString(),
            "--format",
            "jsonl",
            risky.toString());
    assertThat(r.out()).contains("\"severity\":\"info\"");
    assertThat(r.exit()).isEqualTo(Hst.OK);
    Path bad = write("bad.yaml", "name: X\nphonenumber: [1]\n");
    Run b = run("check", "--no-config", "--profile", bad.toString(), risky.toString());
    assertThat(b.exit()).isEqualTo(Hst.INPUT_ERROR);
    assertThat(b.err()).contains("bad.yaml").contains("phonenumber");
  }

  @Test
  void helpListsExitCodes() {
    Run r = run("check", "--help");
    assertThat(r.out()).contains("Exit codes").contains("blocked");
    assertThat(r.exit()).isZero();
  }

  @Test
  void rulesPrintsTheCatalogue() {
    Run r = run("rules");
    assertThat(r.out())
        .startsWith("# Rule catalogue")
        .contains("privacy.nhs-number")
        .contains("tone.suffers-from");
  }
}
