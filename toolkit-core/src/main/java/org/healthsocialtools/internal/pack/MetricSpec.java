package org.healthsocialtools.internal.pack;

import static org.healthsocialtools.internal.pack.RuleSpec.list;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Platform;
import org.healthsocialtools.internal.kinds.Metric;
import org.healthsocialtools.internal.kinds.MetricRule;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * A {@code metric} rule: a measure of the post compared with a minimum, a maximum or per-platform
 * limits.
 */
record MetricSpec(
    String id,
    String type,
    String kind,
    String severity,
    String summary,
    String description,
    String message,
    String suggestion,
    String guidance,
    String locale,
    String source,
    Map<String, String> regional,
    Examples examples,
    String metric,
    Double min,
    Double max,
    Map<String, Double> limits,
    List<String> platforms,
    Integer minWords)
    implements RuleSpec {

  @Override
  public Rule toRule(RuleInfo info) {
    if (metric == null || metric.isBlank()) {
      throw new IllegalArgumentException("missing 'metric'");
    }
    Metric m;
    try {
      m = Metric.fromId(metric);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown metric '" + metric + "'");
    }
    Map<Platform, Double> byPlatform = new EnumMap<>(Platform.class);
    if (limits != null) {
      limits.forEach((k, v) -> byPlatform.put(Platform.fromId(k), v));
    }
    Set<Platform> only = EnumSet.noneOf(Platform.class);
    for (String p : list(platforms)) {
      only.add(Platform.fromId(p));
    }
    for (Platform p : byPlatform.keySet()) {
      if (!only.isEmpty() && !only.contains(p)) {
        throw new IllegalArgumentException(
            "the limit for "
                + p.id()
                + " never takes effect: the rule runs only for "
                + String.join(", ", list(platforms)));
      }
    }
    return new MetricRule(
        info,
        new MetricRule.Spec(
            m,
            min,
            max,
            Map.copyOf(byPlatform),
            Set.copyOf(only),
            minWords == null ? 0 : minWords));
  }
}
