package org.healthsocialtools.internal.kinds;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Platform;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * The {@code metric} kind: a {@link Metric} compared with a minimum or maximum, optionally per
 * platform. A message may use {@code {value}}, {@code {limit}} and {@code {platform}}. Rules that
 * name platforms run only for posts for those platforms; {@code minWords} keeps readability
 * formulas off posts too short for them.
 */
public final class MetricRule implements Rule {

  /** What a metric rule says. */
  public record Spec(
      Metric metric,
      Double min,
      Double max,
      Map<Platform, Double> limits,
      Set<Platform> platforms,
      int minWords) {}

  private final RuleInfo info;
  private final Spec spec;

  public MetricRule(RuleInfo info, Spec spec) {
    if (spec.min() == null
        && spec.max() == null
        && spec.limits().isEmpty()
        && spec.metric() != Metric.LENGTH) {
      throw new IllegalArgumentException("a metric rule needs min, max or limits");
    }
    this.info = info;
    this.spec = spec;
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public boolean readsPlatform() {
    return true;
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    Platform platform = post.post().platform();
    if (!spec.platforms().isEmpty() && (platform == null || !spec.platforms().contains(platform))) {
      return;
    }
    if (spec.minWords() > 0 && Metric.WORDS.measure(post, platform).value() < spec.minWords()) {
      return;
    }
    Double max = spec.max();
    if (platform != null && spec.limits().containsKey(platform)) {
      max = spec.limits().get(platform);
    } else if (spec.metric() == Metric.LENGTH) {
      if (platform == null) {
        return;
      }
      max = max != null ? max : (double) platform.limit();
    } else if (!spec.limits().isEmpty() && max == null) {
      return;
    }
    if (spec.metric() == Metric.LENGTH
        && platform != null
        && max != null
        && Metric.lengthUpperBound(post.original(), platform) <= max) {
      return;
    }
    Metric.Value v = spec.metric().measure(post, platform);
    boolean over = max != null && v.value() > max;
    boolean under = spec.min() != null && v.value() < spec.min();
    if (!over && !under) {
      return;
    }
    double limit = over ? max : spec.min();
    String message =
        info.message()
            .replace("{value}", format(v.value()))
            .replace("{limit}", format(limit))
            .replace("{platform}", platform == null ? "" : platform.id());
    int start = v.start() < 0 ? 0 : v.start();
    int end = v.start() < 0 ? post.text().length() : v.end();
    sink.report(
        start,
        end,
        null,
        message,
        info.suggestion(),
        Explanation.of(
            "metric " + spec.metric().name().toLowerCase(Locale.ROOT),
            "measured " + format(v.value()) + (over ? ", above " : ", below ") + format(limit)));
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
