package org.healthsocialtools;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking one post: the verdict and the findings in text order.
 *
 * @param verdict decided by the checker's {@link Policy} from the findings
 * @param findings sorted by start offset, then by severity
 * @param language the language the post was analysed as (ISO 639-1, e.g. {@code en}, {@code cy};
 *     {@code und} when unknown)
 */
public record Report(Verdict verdict, List<Finding> findings, String language) {

  public Report {
    Objects.requireNonNull(verdict, "verdict");
    findings = List.copyOf(findings);
    Objects.requireNonNull(language, "language");
  }

  public boolean blocked() {
    return verdict == Verdict.BLOCK;
  }

  /** Findings of the given category. */
  public List<Finding> findings(Category category) {
    return findings.stream().filter(f -> f.category() == category).toList();
  }
}
