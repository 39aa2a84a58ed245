package org.healthsocialtools.internal.pack;

import static org.healthsocialtools.internal.pack.RuleSpec.list;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.internal.kinds.TermRule;
import org.healthsocialtools.internal.match.TermIndex;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * A {@code term} or {@code proximity} rule: words and phrases matched through the checker's term
 * index, filtered by guards (see {@link TermRule}). A {@code proximity} rule is a term rule that
 * must have {@code near}.
 */
record TermSpec(
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
    List<String> terms,
    Map<String, String> substitutions,
    String match,
    List<String> exceptions,
    List<String> near,
    List<String> notNear,
    Integer within,
    List<String> pos,
    Boolean caseSensitive,
    List<String> unlessPostContains,
    Boolean skipQuoted,
    Boolean unlessExplained)
    implements RuleSpec {

  /**
   * Tokens a {@code near} or {@code notNear} word may stand from the hit when {@code within} is not
   * given.
   */
  static final int DEFAULT_WITHIN = 8;

  @Override
  public Rule toRule(RuleInfo info) {
    boolean proximity = type.equals("proximity");
    if (list(terms).isEmpty() && (substitutions == null || substitutions.isEmpty())) {
      throw new IllegalArgumentException("needs 'terms' or 'substitutions'");
    }
    if (within != null && within < 0) {
      throw new IllegalArgumentException("within must be 0 or more tokens, not " + within);
    }
    if (proximity && list(near).isEmpty()) {
      throw new IllegalArgumentException("a proximity rule needs 'near'");
    }
    if (within != null && list(near).isEmpty() && list(notNear).isEmpty()) {
      throw new IllegalArgumentException("'within' never takes effect without 'near' or 'notNear'");
    }
    if (match != null && !match.equals("stem") && !match.equals("exact")) {
      throw new IllegalArgumentException("match must be 'stem' or 'exact'");
    }
    boolean stem = match == null || match.equals("stem");
    List<String> substituted =
        substitutions == null ? List.of() : List.copyOf(substitutions.keySet());
    for (List<String> phrases :
        List.of(
            list(terms),
            substituted,
            list(exceptions),
            list(near),
            list(notNear),
            list(unlessPostContains))) {
      phrases.forEach(TermIndex::validate);
    }
    Set<String> tags = new HashSet<>();
    for (String p : list(pos)) {
      tags.add(p.toUpperCase(Locale.ROOT));
    }
    TermRule.Spec spec =
        new TermRule.Spec(
            list(terms),
            substitutions == null ? Map.of() : substitutions,
            stem,
            list(exceptions),
            list(near),
            list(notNear),
            within == null ? DEFAULT_WITHIN : within,
            Set.copyOf(tags),
            Boolean.TRUE.equals(caseSensitive),
            list(unlessPostContains),
            Boolean.TRUE.equals(skipQuoted),
            Boolean.TRUE.equals(unlessExplained));
    return new TermRule(info, spec);
  }
}
