package org.healthsocialtools.rules.tone.model;

import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;

/**
 * Combines a family's model with its cue rule: a post is reported only when the model is confident
 * AND the post shows at least one of the family's decisive cues, so every finding points at a word
 * and says which cues and what probability decided it. The cues are computed once per post and
 * shared by the families.
 */
public final class ToneVerdict {

  private static final AnalyzedPost.Key<ToneCues.Result> CUES = new AnalyzedPost.Key<>("tone cues");

  private ToneVerdict() {}

  /**
   * Reports at the first decisive cue (in {@code decisive} order) if {@code required} cues are all
   * present, one decisive cue is, and the family's probability reaches {@code threshold}.
   */
  public static void check(
      AnalyzedPost post,
      FindingSink sink,
      String family,
      double threshold,
      List<String> required,
      List<String> decisive) {
    if (post.tokens().isEmpty()) {
      return;
    }
    ToneCues.Result r = post.shared(CUES, p -> ToneCues.of(p.tokens()));
    for (String q : required) {
      if (!r.has(q)) {
        return;
      }
    }
    ToneCues.Cue at = null;
    for (String d : decisive) {
      if (r.has(d)) {
        at = r.cues().get(d);
        break;
      }
    }
    if (at == null) {
      return;
    }
    double p = ToneModels.probability(family, r.features());
    // Not "p < threshold": a model given a huge post can overflow to NaN, which must not report.
    if (!(p >= threshold)) {
      return;
    }
    List<String> evidence = new ArrayList<>();
    for (String d : decisive) {
      if (r.has(d)) {
        evidence.add(d + " '" + quote(post, r.cues().get(d)) + "'");
      }
    }
    for (String q : required) {
      evidence.add(q + " '" + quote(post, r.cues().get(q)) + "'");
    }
    sink.report(
        at.start(),
        at.end(),
        null,
        new Explanation(
            "tone model " + family.toLowerCase(java.util.Locale.ROOT), Math.min(1.0, p), evidence));
  }

  /** The cue's words; findings carry them, as every finding carries its covered text. */
  private static String quote(AnalyzedPost post, ToneCues.Cue c) {
    return post.text().substring(c.start(), c.end());
  }
}
