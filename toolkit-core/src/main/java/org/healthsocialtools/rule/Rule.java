package org.healthsocialtools.rule;

import org.healthsocialtools.analysis.AnalyzedPost;

/**
 * A check over an analysed post. Implementations are stateless and thread-safe: one instance serves
 * every {@code check} call of a checker, concurrently.
 */
public interface Rule {

  /** Id, kind, severity, message, guidance and examples. */
  RuleInfo info();

  /** Reports what it finds in {@code post} to {@code sink}, in normalised-text offsets. */
  void check(AnalyzedPost post, FindingSink sink);

  /**
   * True for rules that weigh other rules' findings (combination risk): they run after every other
   * rule and may read {@link FindingSink#findingsSoFar()}.
   */
  default boolean combinesFindings() {
    return false;
  }

  /**
   * Releases what the rule holds (a model, a file, a thread). The checker that runs the rule calls
   * this exactly once, from {@link org.healthsocialtools.ComplianceChecker#close()}, and never runs
   * the rule afterwards. Most rules hold nothing and keep this default. A rule given to several
   * checkers is closed by each of them.
   */
  default void close() {}

  /**
   * True for rules whose findings depend on {@code post.post().platform()} (limits, counters). A
   * post checked for several platforms at once ({@link
   * org.healthsocialtools.ComplianceChecker#check(org.healthsocialtools.Post,
   * java.util.Collection)}) runs these once per platform and every other rule once.
   */
  default boolean readsPlatform() {
    return false;
  }
}
