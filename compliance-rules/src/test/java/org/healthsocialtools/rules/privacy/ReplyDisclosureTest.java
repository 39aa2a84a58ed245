package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.Example;
import org.junit.jupiter.api.Test;

/**
 * Replies checked with the comment they answer, on {@code replies.tsv}: replies that confirm care
 * in English, Welsh, Spanish and Italian are blocked, their care details found; safe replies,
 * general answers and public posts pass with no privacy finding at all; the comment is never
 * reported. Every row must behave; the care details must be found at the rate the issue asks of
 * unseen replies (0.85).
 */
class ReplyDisclosureTest {

  private static final String RULE = "privacy.reply-confirms-patient";

  record Row(int line, boolean flags, Example example, String comment) {
    Post post() {
      Post p = Post.of(example.input());
      return comment == null ? p : p.withInReplyTo(comment);
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ReplyDisclosureTest.class.getResourceAsStream("replies.tsv")),
                StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        boolean flags = cells[0].equals("F");
        String comment = cells.length > 2 && !cells[2].isBlank() ? cells[2] : null;
        rows.add(new Row(n, flags, new Example(cells[1], flags, null, null), comment));
      }
    }
    return rows;
  }

  private static List<Finding> privacy(Report r) {
    return r.findings().stream()
        .filter(f -> f.category().id().equals("privacy") && f.severity() != Severity.INFO)
        .toList();
  }

  @Test
  void disclosingRepliesAreBlockedAndSafeOnesPass() throws IOException {
    List<String> wrong = new ArrayList<>();
    int marks = 0;
    int found = 0;
    int flagged = 0;
    int safe = 0;
    for (Row row : rows()) {
      Report r = PrivacyAssert.DEFAULT.check(row.post());
      List<Finding> priv = privacy(r);
      if (row.flags()) {
        flagged++;
        if (priv.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
          wrong.add("line " + row.line() + ": not blocked");
        }
        for (var want : row.example().expectedSpans()) {
          marks++;
          if (priv.stream()
              .anyMatch(f -> f.span().start() < want.end() && want.start() < f.span().end())) {
            found++;
          }
        }
      } else {
        safe++;
        if (!priv.isEmpty()) {
          wrong.add(
              "line "
                  + row.line()
                  + ": must pass but "
                  + priv.get(0).ruleId()
                  + " flagged '"
                  + priv.get(0).text()
                  + "'");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(flagged).isGreaterThanOrEqualTo(60);
    assertThat(safe).isGreaterThanOrEqualTo(90);
    assertThat((double) found / marks)
        .as("care details found, %d of %d", found, marks)
        .isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void everyLanguageHasFlaggedAndPassingRows() throws IOException {
    for (String lang : List.of("en", "cy", "es", "it")) {
      long f = 0;
      long p = 0;
      for (Row row : rows()) {
        Report r = PrivacyAssert.DEFAULT.check(row.post());
        if (r.language().equals(lang)) {
          f += row.flags() ? 1 : 0;
          p += row.flags() ? 0 : 1;
        }
      }
      assertThat(f).as(lang + " flagged rows").isGreaterThanOrEqualTo(4);
      assertThat(p).as(lang + " passing rows").isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theCommentIsEvidenceButNeverReported() {
    String reply = "We're sorry about the migraine and hope the new tablets help.";
    String comment =
        "My migraine has been awful since the new tablets, signed Dorothy 07700 900123";
    assertThat(privacy(PrivacyAssert.DEFAULT.check(Post.of(reply)))).isEmpty();
    Report r = PrivacyAssert.DEFAULT.check(Post.of(reply).withInReplyTo(comment));
    assertThat(r.findings()).extracting(Finding::ruleId).contains(RULE);
    for (Finding f : r.findings()) {
      assertThat(f.span().end()).isLessThanOrEqualTo(reply.length());
      assertThat(f.text()).isEqualTo(reply.substring(f.span().start(), f.span().end()));
      assertThat(f.message() + f.suggestion() + f.explanation())
          .doesNotContain("Dorothy", "07700", "awful");
    }
  }

  @Test
  void aGeneralAnswerToAPersonalCommentPasses() {
    String comment = "I had my knee replaced last month, where do I park for the follow-up?";
    for (String reply :
        List.of(
            "Car park B is closest to outpatients and is free for blue badge holders.",
            "Thanks for asking! Our car parks are free after 6pm.",
            "Hi, we can't discuss anyone's care here, but Sarah from our patient experience team will call you.")) {
      assertThat(privacy(PrivacyAssert.DEFAULT.check(Post.of(reply).withInReplyTo(comment))))
          .as(reply)
          .isEmpty();
    }
  }

  @Test
  void theSuggestionIsTheSafeReplyWithTheProfilesContact() {
    OrganisationProfile p =
        new OrganisationProfile(
            "Northbrook",
            null,
            null,
            List.of("0113 496 0500"),
            List.of("patient.experience@northbrook.example"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null);
    ComplianceChecker withContact = PrivacyAssert.with(p);
    Finding f = finding(withContact, "We hope your knee is healing well after the surgery!");
    assertThat(f.suggestion())
        .contains("patient.experience@northbrook.example")
        .contains("Thank you for your feedback")
        .doesNotContain("knee");
    assertThat(
            finding(PrivacyAssert.DEFAULT, "We hope your knee is healing well after the surgery!")
                .suggestion())
        .contains("by private message");
    assertThat(
            finding(
                    PrivacyAssert.DEFAULT,
                    "Gobeithio bod eich pen-glin yn gwella ar ôl y llawdriniaeth.")
                .suggestion())
        .contains("Diolch am eich adborth");
    assertThat(
            finding(
                    PrivacyAssert.DEFAULT,
                    "Esperamos que su rodilla se recupere bien después de la operación.")
                .suggestion())
        .contains("Gracias por su comentario");
    assertThat(
            finding(
                    PrivacyAssert.DEFAULT,
                    "Speriamo che il suo ginocchio guarisca bene dopo l'intervento.")
                .suggestion())
        .contains("Grazie per il messaggio");
  }

  @Test
  void theCommentCountsTowardsTheSizeLimit() {
    ComplianceChecker small = ComplianceChecker.builder().maxPostLength(60).build();
    String reply = "Thank you for your kind words, we've passed them on.";
    assertThat(small.check(Post.of(reply)).findings()).isNotNull();
    assertThatThrownBy(
            () ->
                small.check(
                    Post.of(reply).withInReplyTo("Lovely staff on the ward, thank you all")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replies to")
        .hasMessageContaining("the limit is 60")
        .hasMessageNotContaining("Lovely");
  }

  private static Finding finding(ComplianceChecker c, String text) {
    return c.check(Post.of(text)).findings().stream()
        .filter(f -> f.ruleId().equals(RULE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + RULE + " finding"));
  }
}
