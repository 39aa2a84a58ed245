package org.healthsocialtools.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed pack schema is exactly what the records generate, and it accepts and refuses what
 * the loader does for the cases a schema can express. (compliance-rules checks every bundled pack
 * against it.)
 */
class PackSchemaTest {

  private static final Path GENERATED = Path.of("target", "rule-pack.schema.json");

  @Test
  void theCommittedSchemaIsWhatTheRecordsGenerate() throws IOException {
    String committed;
    try (InputStream in =
        PackSchema.class.getClassLoader().getResourceAsStream(PackSchema.RESOURCE)) {
      committed = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String generated = PackSchema.json();
    if (!generated.equals(committed)) {
      Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as(
            "the rule records changed: copy toolkit-core/"
                + GENERATED
                + " to toolkit-core/src/main/resources/"
                + PackSchema.RESOURCE)
        .isEqualTo(generated);
  }

  @Test
  void everyFieldIsDocumented() {
    assertThat(PackSchema.DOCS.keySet())
        .containsExactlyInAnyOrderElementsOf(PackSchema.allFields());
  }

  @Test
  void theSchemaRefusesMisplacedAndUnknownFields() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(PackSchema.json());
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    String good =
        """
        pack: demo
        defaults: {kind: JARGON, severity: info, guidance: "https://example.org", skipQuoted: true}
        rules:
          - id: clarity.demo
            type: term
            summary: Demo
            message: Demo
            terms: [utilise]
            examples: {flags: ["we [[utilise]] it"], passes: [{text: we use it, platform: x}]}
        """;
    JsonNode ok = yaml.readTree(good);
    assertThat(schema.validate(ok)).isEmpty();
    assertThat(
            schema.validate(
                yaml.readTree(
                    good.replace("terms: [utilise]", "terms: [utilise]\n    pattern: x"))))
        .isNotEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("skipQuoted", "skipQuote"))))
        .isNotEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("platform: x", "platform: myspace"))))
        .isNotEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("severity: info", "severity: loud"))))
        .isNotEmpty();
  }
}
