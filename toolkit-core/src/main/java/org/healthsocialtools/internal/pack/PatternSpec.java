package org.healthsocialtools.internal.pack;

import static org.healthsocialtools.internal.pack.RuleSpec.list;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsocialtools.Severity;
import org.healthsocialtools.internal.kinds.PatternRule;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * A {@code pattern} rule: an RE2 expression with an optional validator, context words and
 * prefilters.
 */
record PatternSpec(
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
    String pattern,
    Boolean ignoreCase,
    Integer group,
    String validator,
    List<String> context,
    Integer window,
    String severityWithoutContext,
    String except,
    List<String> requires,
    Integer minDigits)
    implements RuleSpec {

  /**
   * Characters either side of a match searched for context words when {@code window} is not given.
   */
  static final int DEFAULT_WINDOW = 40;

  @Override
  public Rule toRule(RuleInfo info) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("missing 'pattern'");
    }
    if (list(context).isEmpty() && (window != null || severityWithoutContext != null)) {
      throw new IllegalArgumentException(
          (window != null ? "'window'" : "'severityWithoutContext'")
              + " never takes effect without 'context'");
    }
    PatternRule.Spec spec =
        new PatternRule.Spec(
            pattern,
            !Boolean.FALSE.equals(ignoreCase),
            group == null ? 0 : group,
            validator,
            list(context),
            window == null ? DEFAULT_WINDOW : window,
            severityWithoutContext == null ? null : Severity.fromId(severityWithoutContext),
            except,
            list(requires).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList(),
            minDigits == null ? 0 : minDigits);
    return new PatternRule(info, spec);
  }
}
