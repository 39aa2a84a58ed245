package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The disclosure model on sentences that are not in its training data, with terms it never saw: a
 * person's health is told apart from general information by the cues around the term.
 */
class DisclosureModelTest {

  private static double p(String before, String term, String after) {
    List<String> b = DisclosureModel.keys(before);
    List<String> t = DisclosureModel.keys(term);
    List<String> all = new java.util.ArrayList<>(b);
    all.addAll(t);
    all.addAll(DisclosureModel.keys(after));
    return DisclosureModel.judge(all, b.size(), b.size() + t.size());
  }

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "My grandad was rushed in last night with |pancreatitis| and is on the ward now",
        "The lady in bay 5 had |vertigo| all morning",
      })
  void personalSentencesScoreHigh(String before, String term, String after) {
    assertThat(p(before, term, after)).isGreaterThanOrEqualTo(DisclosureModel.THRESHOLD);
  }

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Know the signs of |pancreatitis| and book a check with your GP",
        "Our new |vertigo| clinic opens on Monday for anyone referred",
        "Free |glaucoma| screening for people over 40 this week",
      })
  void generalSentencesScoreLow(String before, String term, String after) {
    assertThat(p(before, term, after)).isLessThan(DisclosureModel.THRESHOLD);
  }

  @Test
  void cuesNameTheEvidence() {
    List<String> keys = DisclosureModel.keys("My dad had gout in bed 4 yesterday");
    assertThat(DisclosureModel.cues(keys, 3, 4)).contains("relative", "me", "place", "time");
  }

  @Test
  void noPersonNoDisclosure() {
    List<String> keys = DisclosureModel.keys("Our weight loss programme had 100 places on Monday");
    assertThat(DisclosureModel.judge(keys, 1, 3)).isZero();
  }
}
