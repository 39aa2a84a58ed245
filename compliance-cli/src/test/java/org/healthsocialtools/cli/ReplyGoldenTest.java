package org.healthsocialtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rules.privacy.ReplyDisclosureRule;
import org.junit.jupiter.api.Test;

/**
 * Replies read with the comment they answer: {@code inReplyTo} from JSON Lines and the "In reply
 * to" column of a calendar reach the reply rule (the same reply is flagged when it repeats the
 * reviewer's own words and passes without them), and the comment itself is never reported. Only the
 * reply rule runs, so the outputs move only when it does. Regenerate with {@code
 * -Dhst.updateGoldens=true} and review the diff.
 */
class ReplyGoldenTest {

  static final String DIR = GoldenTest.DIR + "replies/";

  static final CheckerFactory REPLY_RULE =
      (profile, locale, policy) ->
          ComplianceChecker.builder()
              .useClasspathProviders(false)
              .addRule(
                  new ReplyDisclosureRule(
                      new RuleContext(profile, locale == null ? profile.locale() : locale)))
              .profile(profile)
              .locale(locale)
              .policy(policy)
              .build();

  @Test
  void jsonLinesAndCalendarCarryTheCommentAsContext() throws IOException {
    Cli.Run r =
        Cli.run(
            REPLY_RULE,
            null,
            "check",
            "--format",
            "jsonl",
            "--no-color",
            "--jobs",
            "1",
            DIR + "replies.jsonl",
            DIR + "calendar.csv");
    assertThat(r.exit()).as(r.err()).isEqualTo(Hst.INPUT_ERROR); // r5's inReplyTo is a number
    assertThat(r.err()).contains("replies.jsonl:5: field 'inReplyTo' is not a string");
    Path golden = Path.of(DIR, "expected", "check.jsonl");
    if (Boolean.getBoolean("hst.updateGoldens")) {
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    // The comments are context: no report quotes them.
    assertThat(r.out())
        .doesNotContain("Had my knee done", "My migraine", "My asthma", "visit my mum");
  }
}
