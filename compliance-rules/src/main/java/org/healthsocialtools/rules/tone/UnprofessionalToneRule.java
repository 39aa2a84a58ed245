package org.healthsocialtools.rules.tone;

import java.util.List;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;
import org.healthsocialtools.rules.tone.model.ToneCues;
import org.healthsocialtools.rules.tone.model.ToneModels;
import org.healthsocialtools.rules.tone.model.ToneVerdict;

/**
 * Unprofessional tone in wording no term rule lists: mocking patients, hostility to reviewers,
 * masked or disguised swearing. The learned model (trained in the build on {@code
 * src/main/training/tone.tsv}) decides, but only a post with a decisive cue (swearing, a negative
 * word aimed at 'you' or a patient, a mockery frame, an eye-roll or laughing emoji) can be
 * reported, and the finding names the cues.
 */
@RuleDefinition(
    id = "tone.unprofessional-model",
    kind = Kind.UNPROFESSIONAL,
    severity = Severity.WARNING,
    summary = "Mocking, hostile or sweary tone (learned model with cues)",
    message = "'{text}' makes this post read as mocking, hostile or unprofessional.",
    suggestion =
        "Rewrite it the way the organisation would speak to the patient in person, or do not post it.",
    guidance =
        "https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/",
    source = "UNP-01, UNP-03, UNP-06 (NMC, NHSE-SM); tone model",
    flags = {
      "Honestly the [[F*****]] state of the car park today, sort it out",
      "[[My ick]] is when patients ring the buzzer just to ask what time lunch is",
      "If you think our nurses were rude, you can live in a world [[of denial]] all you like",
      "[[Guess how]] much the gent in bay 4 weighs 😂 winner gets a biscuit"
    },
    passes = {
      "Thank you to every patient who filled in our survey: your feedback shapes our services",
      "We're sorry to hear about your experience. Please contact our patient advice team on 0300 555 0100",
      "Our nurses had a brilliant time at the staff awards 😂🎉 well done everyone!",
      "Guess what? Our new café opens on Monday, with hot food all day"
    })
public final class UnprofessionalToneRule extends AnnotatedRule {

  static final double THRESHOLD = 0.6;
  private static final List<String> DECISIVE =
      List.of(
          ToneCues.PROFANITY,
          ToneCues.MASKED,
          ToneCues.MOCK,
          ToneCues.HOSTILE,
          ToneCues.EYEROLL,
          ToneCues.LAUGH);

  public UnprofessionalToneRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    ToneVerdict.check(post, sink, ToneModels.UNPROFESSIONAL, THRESHOLD, List.of(), DECISIVE);
  }
}
