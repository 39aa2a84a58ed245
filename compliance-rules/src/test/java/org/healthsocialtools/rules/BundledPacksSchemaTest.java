package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled pack, and every pack file in the source tree, is valid against the published
 * rule-pack schema.
 */
class BundledPacksSchemaTest {

  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in =
        BundledPacksSchemaTest.class.getResourceAsStream("/hst/schema/rule-pack.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The listed packs plus any pack file not (yet) listed, so a new file is checked before it is
   * registered.
   */
  static Stream<String> packs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/hst/packs"))) {
      return Stream.concat(
          BundledPacks.PACKS.stream(),
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") && !BundledPacks.PACKS.contains(n)))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packs")
  void packIsValidAgainstTheSchema(String pack) throws IOException {
    try (InputStream in = BundledPacksSchemaTest.class.getResourceAsStream("/hst/packs/" + pack)) {
      assertThat(in).as(pack).isNotNull();
      assertThat(SCHEMA.validate(new ObjectMapper(new YAMLFactory()).readTree(in)))
          .as(pack)
          .isEmpty();
    }
  }
}
