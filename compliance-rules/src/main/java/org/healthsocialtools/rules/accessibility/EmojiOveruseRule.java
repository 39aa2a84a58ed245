package org.healthsocialtools.rules.accessibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Emoji overuse: a screen reader reads every emoji's full name, so a run of them is a long
 * interruption. Reports runs of three or more emoji side by side, and otherwise a post with the
 * same emoji three times or more than {@value #MAX_TOTAL} in all. One or two well-placed emoji
 * never fire.
 */
@RuleDefinition(
    id = "accessibility.emoji-overuse",
    kind = Kind.EMOJI,
    severity = Severity.INFO,
    summary = "Too many emoji, emoji in a cluster, or the same emoji repeated",
    message = "Screen readers read out every emoji by name: '{text}' is a long interruption.",
    suggestion = "Use two or three emoji at most, spaced out, without repeats.",
    guidance =
        "https://gcs.civilservice.gov.uk/guidance/digital-communication/planning-creating-and-publishing-accessible-social-media-campaigns/",
    source = "A11-04 (MVDC, A11Y-PU)",
    flags = {
      "Happy Nurses Day to our incredible nurses [[💙💙💙👩‍⚕️👨‍⚕️🩺]]",
      "Cold water swimming! [[🥶🏊‍♀️💪🌊✨🙌]]",
      "[[🎉🎉🎉]] We did it!! [[🎉🎉🎉]]"
    },
    passes = {
      "Our new birth centre is open 👶",
      "Thank you, Frank 👏 Porter of the Year 🏆",
      "Happy Pride from all of us! 🏳️‍🌈",
      "Twins born today 👶👶 congratulations!"
    })
public final class EmojiOveruseRule extends AnnotatedRule {

  static final int MAX_RUN = 2;
  static final int MAX_REPEAT = 2;
  static final int MAX_TOTAL = 5;

  public EmojiOveruseRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Emoji.One> all = Emoji.of(post);
    if (all.size() <= MAX_RUN) {
      return;
    }
    String text = post.text();
    boolean reported = false;
    int runStart = 0;
    for (int i = 1; i <= all.size(); i++) {
      boolean continues =
          i < all.size() && Emoji.adjacent(text, all.get(i - 1).end(), all.get(i).start());
      if (continues) {
        continue;
      }
      int len = i - runStart;
      if (len > MAX_RUN) {
        sink.report(
            all.get(runStart).start(),
            all.get(i - 1).end(),
            null,
            Explanation.of("ICU grapheme clusters", len + " emoji in a row"));
        reported = true;
      }
      runStart = i;
    }
    if (reported) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    int maxRepeat = 0;
    for (Emoji.One e : all) {
      maxRepeat = Math.max(maxRepeat, seen.merge(e.text(), 1, Integer::sum));
    }
    if (maxRepeat > MAX_REPEAT || all.size() > MAX_TOTAL) {
      sink.report(
          all.get(0).start(),
          all.get(all.size() - 1).end(),
          null,
          null,
          null,
          Explanation.of(
              "ICU grapheme clusters",
              all.size() + " emoji, the same one up to " + maxRepeat + " times"));
    }
  }
}
