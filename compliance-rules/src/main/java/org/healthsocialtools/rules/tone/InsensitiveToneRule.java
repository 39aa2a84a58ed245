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
 * Light, jokey or celebratory tone next to death, injury or tragedy, in wording no term rule lists
 * (gallows humour, "will keep you posted" about crash victims, a party emoji for a mortuary). The
 * post must mention death or harm and carry a light cue (a strongly positive word from the VADER
 * lexicon, a party or laughing emoji, a light phrase); the learned model then decides whether the
 * two belong together, as in a memorial, or clash.
 */
@RuleDefinition(
    id = "tone.insensitive-model",
    kind = Kind.INSENSITIVE,
    severity = Severity.WARNING,
    summary = "Light or jokey tone next to death or harm (learned model with cues)",
    message = "'{text}' sounds light-hearted in a post about death, injury or tragedy.",
    suggestion = "Use a calm, serious tone for the death or harm; post good news separately.",
    guidance = "https://service-manual.nhs.uk/content/voice-and-tone",
    source = "INS-01, INS-02 (NHS-VT); tone model",
    flags = {
      "Waiting for the victims of the motorway crash to arrive, will [[keep you posted]]!",
      "Two dead in a crash on the ring road, what a night to be on call [[😂]]",
      "New fridges in the mortuary [[🎉]] the bodies will love it"
    },
    passes = {
      "We are deeply saddened by the death of our colleague Anne. Our thoughts are with her family.",
      "Today we remember everyone who has died of AIDS. Support is available from our sexual health team.",
      "Our bereavement team offers free support to families after a death. Call 0300 555 0188.",
      "Congratulations to our trauma team on their national award 🎉"
    })
public final class InsensitiveToneRule extends AnnotatedRule {

  static final double THRESHOLD = 0.6;
  private static final List<String> LIGHT =
      List.of(ToneCues.PARTY, ToneCues.LAUGH, ToneCues.LIGHT, ToneCues.EYEROLL, ToneCues.POSITIVE);

  public InsensitiveToneRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    ToneVerdict.check(post, sink, ToneModels.INSENSITIVE, THRESHOLD, List.of(ToneCues.HARM), LIGHT);
  }
}
