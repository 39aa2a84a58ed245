package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsocialtools.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built disclosure model on sentences that are not in its training data, with terms it never
 * saw: a person's health is told apart from general information by the cues around the term.
 */
class DisclosureModelTest {

  private static final Analyzer ANALYZER = new Analyzer("en-GB");

  private static DisclosureModel.Context context(String text) {
    DisclosureModel.Context c = DisclosureModelTrainer.context(ANALYZER, text);
    assertThat(c).as(text).isNotNull();
    return c;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My grandad was rushed in last night with [[pancreatitis]] and is on the ward now",
        "The lady in bay 5 had [[vertigo]] all morning",
        "so proud of my little brother, a year on from [[sarcoidosis]] 💪",
        "pt in side room 4 spiked overnight, [[empyema]] on the CT, chest drain going in",
        "Mi abuelo lleva dos semanas ingresado por una [[peritonitis]]",
        "Mia sorella ha avuto una [[trombosi]] dopo il parto",
        "Mae fy nhad yn yr ysbyty gyda [[pancreatitis]] ers nos Sul",
      })
  void personalSentencesScoreHigh(String text) {
    assertThat(DisclosureModel.judge(context(text)))
        .isGreaterThanOrEqualTo(DisclosureModel.THRESHOLD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Know the signs of [[pancreatitis]] and book a check with your GP",
        "Our new [[vertigo]] clinic opens on Monday for anyone referred",
        "Free [[glaucoma]] screening for people over 40 this week",
        "If your child has [[impetigo]], keep them off nursery until the sores crust over",
        "She joins us as our new lead nurse for [[sarcoidosis]] research",
        "The singer talked about her [[vitiligo]] in a podcast to raise awareness",
        "Buscamos enfermeras para la nueva unidad de [[peritonitis]] del hospital",
        "Le persone con [[trombosi]] possono chiedere una visita al nuovo ambulatorio",
      })
  void generalSentencesScoreLow(String text) {
    assertThat(DisclosureModel.judge(context(text))).isLessThan(DisclosureModel.THRESHOLD);
  }

  @Test
  void cuesNameTheEvidence() {
    DisclosureModel.Context c = context("My dad had [[gout]] in bed 4 yesterday");
    assertThat(DisclosureModel.cues(c)).contains("relative", "me", "place", "time", "past");
  }

  @Test
  void noPersonNoDisclosure() {
    DisclosureModel.Context c = context("Our [[weight loss]] programme had 100 places on Monday");
    assertThat(DisclosureModel.personal(c)).isFalse();
    assertThat(DisclosureModel.judge(c)).isZero();
  }

  @Test
  void aFullStopInsideTheTermKeepsItsSentence() {
    DisclosureModel.Context c = context("Mr B in side room 3 has [[C. diff]] so please gown up");
    assertThat(c.keys().subList(c.first(), c.end())).containsExactly("c", "diff");
  }
}
