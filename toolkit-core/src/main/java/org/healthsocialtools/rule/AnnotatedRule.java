package org.healthsocialtools.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Base class for Java rules: reads {@link RuleDefinition} from the subclass once. */
public abstract class AnnotatedRule implements Rule {

  private final RuleInfo info;

  protected AnnotatedRule() {
    this.info = infoOf(getClass());
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  /**
   * Builds the {@link RuleInfo} of a class annotated with {@link RuleDefinition}.
   *
   * @throws IllegalStateException if the annotation is missing or fails {@link RuleMetadata}
   */
  public static RuleInfo infoOf(Class<?> type) {
    RuleDefinition d = type.getAnnotation(RuleDefinition.class);
    if (d == null) {
      throw new IllegalStateException(type.getName() + " has no @RuleDefinition");
    }
    List<Example> examples = new ArrayList<>();
    for (String s : d.flags()) {
      examples.add(parse(s, true));
    }
    for (String s : d.passes()) {
      examples.add(parse(s, false));
    }
    Map<String, String> byCode = new LinkedHashMap<>();
    for (String entry : d.regional()) {
      String[] p = entry.strip().split("\\s+", 2);
      byCode.put(p[0], p.length > 1 ? p[1] : "");
    }
    Map<String, RuleInfo.Citation> regional;
    try {
      regional = RuleInfo.regional(byCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(type.getName() + ": " + e.getMessage(), e);
    }
    RuleInfo info =
        new RuleInfo(
            d.id(),
            d.kind(),
            d.severity(),
            d.summary(),
            d.message(),
            d.suggestion().isEmpty() ? null : d.suggestion(),
            d.guidance(),
            d.locale(),
            d.source(),
            examples,
            d.description(),
            regional);
    List<String> problems = RuleMetadata.problems(info);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          type.getName() + " (rule " + d.id() + "): " + String.join("; ", problems));
    }
    return info;
  }

  /** Parses an optional leading {@code {platform=x,locale=cy}} directive. */
  static Example parse(String s, boolean flags) {
    String platform = null;
    String locale = null;
    if (s.startsWith("{") && s.indexOf('}') > 0) {
      for (String kv : s.substring(1, s.indexOf('}')).split(",")) {
        String[] p = kv.split("=", 2);
        if (p.length == 2 && p[0].trim().equals("platform")) {
          platform = p[1].trim();
        } else if (p.length == 2 && p[0].trim().equals("locale")) {
          locale = p[1].trim();
        }
      }
      s = s.substring(s.indexOf('}') + 1).stripLeading();
    }
    return new Example(s, flags, platform, locale);
  }
}
