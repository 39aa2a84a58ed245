package org.healthsocialtools.analysis;

import org.healthsocialtools.Post;
import org.healthsocialtools.internal.PostAnalyzer;

/**
 * The analysis a checker runs before its rules, for code that learns from text outside a check: a
 * model trained in the build must see tokens exactly as the rules will at check time. Thread-safe;
 * the models it loads are shared.
 */
public final class Analyzer {

  private final PostAnalyzer analyzer;

  /**
   * @param houseLocale house style such as {@code en-GB}, as the checker would be given it
   */
  public Analyzer(String houseLocale) {
    this.analyzer = new PostAnalyzer(houseLocale);
  }

  /** Normalises, segments, tokenises and annotates {@code post}, as a check does. */
  public AnalyzedPost analyze(Post post) {
    return analyzer.analyze(post);
  }
}
