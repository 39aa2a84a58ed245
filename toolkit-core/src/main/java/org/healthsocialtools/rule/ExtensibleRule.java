package org.healthsocialtools.rule;

import java.util.List;

/**
 * A rule an organisation profile may extend with its own phrases ({@code extend:} in the profile):
 * the term and proximity rules of YAML packs. Extending never changes the receiver; it returns a
 * new rule with the same {@link RuleInfo}.
 */
public interface ExtensibleRule extends Rule {

  /**
   * This rule with {@code moreTerms} also flagged and {@code moreExceptions} also excused. Phrases
   * follow the pack syntax of {@code terms} and {@code exceptions}.
   */
  ExtensibleRule extendedWith(List<String> moreTerms, List<String> moreExceptions);
}
