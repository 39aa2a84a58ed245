package org.healthsocialtools.rules.tone.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneCuesTest {

  private static final Analyzer ANALYZER = new Analyzer("en-GB");

  private static ToneCues.Result cues(String text) {
    return ToneCues.of(ANALYZER.analyze(Post.of(text)).tokens());
  }

  private static String covered(String text, ToneCues.Cue c) {
    return ANALYZER.analyze(Post.of(text)).text().substring(c.start(), c.end());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Honestly the F***** state of it | F*****",
        "What a sh*t week | sh*t",
        "f**k this rota | f**k",
        "Total b******s from the board | b******s"
      })
  void findsMaskedSwearing(String text, String masked) {
    ToneCues.Result r = cues(text);
    assertThat(r.has(ToneCues.MASKED)).isTrue();
    assertThat(covered(text, r.cues().get(ToneCues.MASKED))).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Rated 5* by patients",
        "Terms and conditions apply*",
        "*New* clinic times from Monday"
      })
  void starsThatAreNotSwearing(String text) {
    assertThat(cues(text).has(ToneCues.MASKED)).isFalse();
  }

  @Test
  void disguisedAndDottedSwearingIsProfanity() {
    assertThat(cues("Sh1t day on the ward").has(ToneCues.PROFANITY)).isTrue();
    assertThat(cues("That is b.s. and you know it").has(ToneCues.PROFANITY)).isTrue();
    assertThat(cues("Blood in your poo can be a sign of bowel cancer").has(ToneCues.PROFANITY))
        .isFalse();
  }

  @Test
  void harmAndLightCuesCombineIntoFeatures() {
    ToneCues.Result r = cues("Fatal crash tonight, will keep you posted 🎉");
    assertThat(r.has(ToneCues.HARM)).isTrue();
    assertThat(r.has(ToneCues.PARTY)).isTrue();
    assertThat(
            covered("Fatal crash tonight, will keep you posted 🎉", r.cues().get(ToneCues.LIGHT)))
        .isEqualTo("keep you posted");
    assertThat(r.features()).contains(ToneCues.HARM + "+" + ToneCues.PARTY, "crash", "<bias>");
  }

  @Test
  void sympathyWordsAreNotHostile() {
    assertThat(
            cues("We are sorry to hear you are suffering, please call us").has(ToneCues.NEGATIVE))
        .isFalse();
    assertThat(
            cues("What a stupid excuse for parking across the ambulance bay")
                .has(ToneCues.NEGATIVE))
        .isTrue();
  }
}
