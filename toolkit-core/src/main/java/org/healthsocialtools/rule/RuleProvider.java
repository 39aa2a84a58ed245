package org.healthsocialtools.rule;

import java.util.List;

/**
 * Supplies rules to a checker; found with {@link java.util.ServiceLoader} ({@code
 * META-INF/services/org.healthsocialtools.rule.RuleProvider}). The bundled packs in {@code
 * compliance-rules} are one provider; an organisation can add its own jar with another.
 */
public interface RuleProvider {

  /** A short name for error messages and the catalogue, e.g. {@code bundled}. */
  String name();

  /** The rules, built for the given context (organisation profile, house locale). */
  List<Rule> rules(RuleContext context);
}
