package org.healthsocialtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RulePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The library front door: a unique canary string passed to every public entry point that can refuse
 * input (platform and severity ids, profiles with bad syntax, values and types, over-long posts, a
 * finding whose text does not fit its span) is never quoted in the exception's message, nor in any
 * cause's message.
 */
class NoDraftTextInErrorsTest {

  private static final String CANARY = "Zephyrine Quillfeather";
  private static final String CANARY_WORD = "Quillfeather";

  private static final List<Rule> RULES =
      RulePacks.load(
          new ByteArrayInputStream(
              """
      pack: t
      defaults: {guidance: "https://example.org", locale: any}
      rules:
        - id: tone.t
          type: term
          kind: STIGMA
          severity: warning
          summary: T
          message: m
          terms: [sufferer]
          examples:
            flags: ["a [[sufferer]]"]
            passes: ["a person"]
      """
                  .getBytes(StandardCharsets.UTF_8)),
          "t.yaml");

  private static ByteArrayInputStream yaml(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noRefusalQuotesTheInput() {
    List<Executable> paths = new ArrayList<>();
    paths.add(() -> Platform.fromId("Get well soon " + CANARY));
    paths.add(() -> Severity.fromId(CANARY));
    paths.add(
        () ->
            new Finding(
                "r",
                Kind.PERSON,
                Severity.ERROR,
                new Span(0, 3),
                CANARY,
                "m",
                null,
                Explanation.of("x")));
    paths.add(() -> ProfileLoader.load(yaml("staff: [\"" + CANARY + "\"\n"), "p.yml"));
    paths.add(() -> ProfileLoader.load(yaml("staff:\n  - \"" + CANARY + "\n"), "p.yml"));
    paths.add(() -> ProfileLoader.load(yaml("name: [\"" + CANARY + "\"]\n"), "p.yml"));
    paths.add(() -> ProfileLoader.load(yaml("requireWelsh: \"" + CANARY + "\"\n"), "p.yml"));
    paths.add(
        () -> ProfileLoader.load(yaml("severities: {privacy.x: \"" + CANARY + "\"}\n"), "p.yml"));
    try (ComplianceChecker checker =
        ComplianceChecker.builder()
            .useClasspathProviders(false)
            .addRules(RULES)
            .maxPostLength(100)
            .build()) {
      paths.add(() -> checker.check(("Get well soon " + CANARY + " ").repeat(10)));
      int refused = 0;
      for (int i = 0; i < paths.size(); i++) {
        try {
          paths.get(i).execute();
        } catch (Throwable t) {
          refused++;
          for (Throwable c = t; c != null; c = c.getCause()) {
            assertThat(String.valueOf(c.getMessage()))
                .as("path %d", i)
                .doesNotContainIgnoringCase(CANARY_WORD);
          }
        }
      }
      assertThat(refused).as("every path refuses its input").isEqualTo(paths.size());
    }
  }
}
