package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Redactor;
import org.healthsocialtools.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What a user sees on first use: a detail found once is found (and redacted) everywhere in the
 * post, spans cover whole words and no full stop, one rule gives one finding per place, and hashtag
 * advice only for real splits.
 */
class CarefulFindingsTest {

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().build();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  private static List<String> texts(Report r, Kind kind) {
    return r.findings().stream().filter(f -> f.kind() == kind).map(Finding::text).toList();
  }

  @Test
  void aNameFoundOnceIsFoundAndRedactedEverywhereWithItsParts() {
    String post =
        "Get well soon Mr John Davies, home from Ward 7 after his stroke. John, you kept us all smiling!"
            + " Davies family, thank you.";
    Report r = CHECKER.check(post);
    assertThat(texts(r, Kind.PERSON))
        .contains("John Davies", "John")
        .anyMatch(t -> t.equals("Davies"));
    String safe = Redactor.redact(post, r.findings());
    assertThat(safe)
        .doesNotContain("John")
        .doesNotContain("Davies")
        .contains("[name], you kept us");
  }

  @Test
  void anIdentifierOrContactFoundOnceIsFoundEverywhere() {
    String post =
        "Please ring Mrs Okoro's daughter on 07700 900461 about her discharge. Her number again: 07700"
            + " 900461.";
    Report r = CHECKER.check(post);
    long phones =
        r.findings().stream()
            .filter(f -> f.kind() == Kind.CONTACT && f.text().equals("07700 900461"))
            .count();
    assertThat(phones).isEqualTo(2);
    assertThat(Redactor.redact(post, r.findings())).doesNotContain("900461");
  }

  @Test
  void anEmailFindingLeavesTheFullStop() {
    String post = "For the results of her scan, email jo.bloggs@gmail.com.";
    Report r = CHECKER.check(post);
    assertThat(texts(r, Kind.CONTACT)).containsExactly("jo.bloggs@gmail.com");
    assertThat(Redactor.redact(post, r.findings())).endsWith("[contact details].");
  }

  @Test
  void oneRuleGivesOneFindingPerPlaceOverWholeWords() {
    Report r = CHECKER.check("This herbal tea will cure your cold.");
    List<Finding> cure =
        r.findings().stream().filter(f -> f.ruleId().equals("tone.cure-claim")).toList();
    assertThat(cure).hasSize(1);
    assertThat(cure.get(0).text()).isEqualTo("will cure your");
    String text = "This herbal tea will cure your cold.";
    for (Finding f : r.findings()) {
      if (f.start() > 0) {
        assertThat(
                Character.isLetterOrDigit(text.charAt(f.start() - 1))
                    && Character.isLetterOrDigit(text.charAt(f.start())))
            .as("%s starts inside a word", f.ruleId())
            .isFalse();
      }
      if (f.end() < text.length() && f.end() > f.start()) {
        assertThat(
                Character.isLetterOrDigit(text.charAt(f.end() - 1))
                    && Character.isLetterOrDigit(text.charAt(f.end())))
            .as("%s ends inside a word", f.ruleId())
            .isFalse();
      }
    }
  }

  @Test
  void hashtagCaseAdviceOnlyForAConfidentSplit() {
    Report r = CHECKER.check("Stay cool in the #Heatwave and look after each other #nightshift");
    assertThat(texts(r, Kind.HASHTAG_CASE)).containsExactly("#nightshift");
  }
}
