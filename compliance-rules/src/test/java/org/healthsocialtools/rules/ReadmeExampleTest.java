package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is this code: the test fails if they drift apart or the example
 * stops working.
 */
class ReadmeExampleTest {

  static void example() {
    // README:start
    try (ComplianceChecker checker = ComplianceChecker.builder().locale("en-GB").build()) {
      Post post = Post.of("Her NHS number is 943 476 5919").withPlatform(Platform.X);
      Report report = checker.check(post);
      for (Finding f : report.findings()) {
        System.out.printf(
            "%s %s '%s' at %d: %s%n",
            f.severity().id(), f.ruleId(), f.text(), f.start(), f.message());
      }
      assert report.verdict() == Verdict.BLOCK;
    }
    // README:end
  }

  @Test
  void exampleRunsAndFindsTheNhsNumber() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(old);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8))
        .contains("error privacy.nhs-number '943 476 5919' at 18");
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/org/healthsocialtools/rules/ReadmeExampleTest.java"));
    String code =
        source.substring(
            source.indexOf("// README:start") + "// README:start".length(),
            source.indexOf("    // README:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String block =
        readme.substring(
            readme.indexOf("<!-- embedding-example:start -->"),
            readme.indexOf("<!-- embedding-example:end -->"));
    assertThat(strip(block)).contains(strip(code));
  }

  /** Compares code without its indentation, so the README can show it flush left. */
  private static String strip(String s) {
    return s.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("```") && !l.startsWith("<!--"))
        .reduce("", (a, b) -> a + b + "\n");
  }
}
