package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each machine format checked with its schema or parser, on the golden inputs. */
class FormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = GoldenTest.DIR;

  private static Cli.Run check(String format, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("check", "--format", format, "--config", DIR + "hst.yml"));
    args.addAll(List.of(extra));
    args.addAll(List.of(DIR + "calendar.csv", DIR + "drafts.md", DIR + "posts.jsonl"));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode sarif = JSON.readTree(check("sarif").out());
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertThat(errors).isEmpty();
    // The validator must catch a broken log: a result without a message is invalid SARIF.
    JsonNode broken = sarif.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0"))
        .remove("message");
    assertThat(schema.validate(broken)).isNotEmpty();

    JsonNode run = sarif.at("/runs/0");
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
        .containsExactly("test.ten-digits", "test.suffers-from", "test.exclaim");
    assertThat(run.at("/tool/driver/rules/0/helpUri").asText())
        .isEqualTo("https://example.org/guidance/ten-digits");
    assertThat(run.at("/tool/driver/rules/0/help/text").asText()).contains("Remove the number");
    JsonNode csvHit = first(run.get("results"), "calendar.csv", "test.ten-digits");
    assertThat(csvHit.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(csvHit.at("/locations/0/physicalLocation/region").has("startColumn")).isFalse();
    assertThat(csvHit.at("/message/text").asText()).contains("(row 3)");
    JsonNode mdHit = first(run.get("results"), "drafts.md", "test.ten-digits");
    // drafts.md line 6 is "Patient 943 476 5919 says hi, ...": columns 9 to 21 (end exclusive).
    assertThat(mdHit.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    assertThat(mdHit.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(9);
    assertThat(mdHit.at("/locations/0/physicalLocation/region/endColumn").asInt()).isEqualTo(21);
    JsonNode accepted = first(run.get("results"), "calendar.csv", "test.suffers-from", "p6");
    assertThat(accepted.at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(accepted.at("/suppressions/0/justification").asText()).contains("COMMS-142");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
    assertThat(run.at("/invocations/0/toolExecutionNotifications")).hasSize(2);
  }

  @Test
  void sarifFingerprintsSurviveMovedRowsButNotEditedText() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hst-fp");
    java.nio.file.Path a = dir.resolve("a.csv");
    java.nio.file.Path b = dir.resolve("b.csv");
    java.nio.file.Files.writeString(a, "Message\nNHS 943 476 5919\nfine\n");
    java.nio.file.Files.writeString(
        b, "Message\nnew post first\nfine\n\"multi\nline\"\nNHS 943 476 5919\n");
    String fa =
        JSON.readTree(Cli.run("check", "--no-config", "-f", "sarif", a.toString()).out())
            .at("/runs/0/results/0/partialFingerprints/hstFinding~1v1")
            .asText();
    JsonNode rb =
        JSON.readTree(Cli.run("check", "--no-config", "-f", "sarif", b.toString()).out())
            .at("/runs/0/results/0");
    assertThat(fa).hasSize(32);
    assertThat(rb.at("/partialFingerprints/hstFinding~1v1").asText()).isEqualTo(fa);
    assertThat(rb.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    java.nio.file.Files.writeString(a, "Message\nNHS 943 476 5918\n");
    assertThat(
            JSON.readTree(Cli.run("check", "--no-config", "-f", "sarif", a.toString()).out())
                .at("/runs/0/results/0/partialFingerprints/hstFinding~1v1")
                .asText())
        .isNotEqualTo(fa);
  }

  @Test
  void junitParsesWithOneTestCasePerPostAndFailuresForBlockingPosts() throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(check("junit").out().getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    NodeList cases = doc.getElementsByTagName("testcase");
    // calendar: 6 posts + 1 bad row; drafts.md: 2 posts; posts.jsonl: 2 posts + 1 bad line
    assertThat(cases.getLength()).isEqualTo(12);
    assertThat(suite.getAttribute("tests")).isEqualTo("12");
    assertThat(suite.getAttribute("errors")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(3);
    Element p2 = byName(cases, DIR + "calendar.csv:3 (row 3) p2");
    assertThat(p2.getElementsByTagName("failure").item(0).getTextContent())
        .contains("test.ten-digits");
    Element p6 = byName(cases, DIR + "calendar.csv:8 (row 7) p6");
    assertThat(p6.getElementsByTagName("failure").getLength()).isZero();
    assertThat(p6.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("[accepted:");
    // --fail-on warning: the 'suffers from' posts fail too
    Document strict =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    check("junit", "--fail-on", "warning").out().getBytes(StandardCharsets.UTF_8)));
    assertThat(strict.getElementsByTagName("failure").getLength()).isEqualTo(5);
  }

  @Test
  void githubAnnotationsEscapeAndLocate() {
    String out = check("github").out();
    assertThat(out)
        .contains(
            "::error file=src/test/resources/golden/drafts.md,line=6,col=9,endColumn=21,"
                + "title=test.ten-digits::Looks like an identifier number.\n");
    assertThat(out)
        .contains(
            "::error file=src/test/resources/golden/calendar.csv,line=3,title=test.ten-digits::"
                + "Looks like an identifier number. (row 3)");
    assertThat(out).doesNotContain("p6"); // the accepted finding is not annotated
    assertThat(org.healthsocialtools.cli.output.GithubWriterAccess.prop("a:b,c%\n"))
        .isEqualTo("a%3Ab%2Cc%25%0A");
  }

  private static JsonNode first(JsonNode results, String file, String rule, String... postId) {
    for (JsonNode r : results) {
      if (r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith(file)
          && r.get("ruleId").asText().equals(rule)
          && (postId.length == 0 || r.at("/properties/postId").asText().equals(postId[0]))) {
        return r;
      }
    }
    throw new AssertionError("no " + rule + " result in " + file);
  }

  private static Element byName(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no test case " + name);
  }
}
