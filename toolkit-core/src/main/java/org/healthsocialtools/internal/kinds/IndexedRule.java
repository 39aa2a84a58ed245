package org.healthsocialtools.internal.kinds;

import java.util.function.Supplier;
import org.healthsocialtools.internal.match.TermIndex;
import org.healthsocialtools.rule.Rule;

/**
 * A rule whose phrases live in a checker's shared {@link TermIndex}. Each checker compiles the rule
 * once: the rule registers its phrases with the checker's builder and returns a bound copy that
 * reads hits from that checker's index. The rule itself stays immutable, so one rule instance can
 * serve several checkers.
 */
public interface IndexedRule extends Rule {

  /**
   * @param builder the checker's index under construction
   * @param index gives the built index once the checker has built it (never before the first check)
   */
  Rule compile(TermIndex.Builder builder, Supplier<TermIndex> index);
}
