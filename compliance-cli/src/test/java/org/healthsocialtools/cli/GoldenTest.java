package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every output format on a fixed calendar, Markdown file and JSON Lines file, with the fixed test
 * rules, compared byte for byte with src/test/resources/golden/expected. After an intended change,
 * regenerate with {@code -Dhst.updateGoldens=true} and review the diff.
 */
class GoldenTest {

  static final String DIR = "src/test/resources/golden/";

  @ParameterizedTest
  @CsvSource({
    "text,txt",
    "json,json",
    "jsonl,jsonl",
    "sarif,sarif.json",
    "junit,junit.xml",
    "github,github.txt"
  })
  void formatMatchesGolden(String format, String ext) throws IOException {
    Cli.Run r =
        Cli.run(
            "check",
            "--format",
            format,
            "--no-color",
            "--jobs",
            "3",
            "--config",
            DIR + "hst.yml",
            DIR + "calendar.csv",
            DIR + "drafts.md",
            DIR + "posts.jsonl");
    assertThat(r.exit())
        .as(r.err())
        .isEqualTo(Hst.INPUT_ERROR); // one malformed row, one malformed line
    assertThat(r.err())
        .contains("calendar.csv:6 (row 5): a quote inside unquoted cell 4")
        .contains("posts.jsonl:2: not valid JSON");
    Path golden = Path.of(DIR, "expected", "check." + ext);
    if (Boolean.getBoolean("hst.updateGoldens")) {
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
