package org.healthsocialtools.rule;

import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Severity;

/**
 * Where a rule reports. Offsets are in the NORMALISED text ({@link
 * org.healthsocialtools.analysis.AnalyzedPost#text()}); the sink maps them to the original text. A
 * message of {@code null} means the rule's default message; {@code {text}} in a message is replaced
 * by the covered text.
 */
public interface FindingSink {

  void report(
      int start,
      int end,
      Severity severity,
      String message,
      String suggestion,
      Explanation explanation);

  /** Reports at the rule's default severity and message. */
  default void report(int start, int end, String suggestion, Explanation explanation) {
    report(start, end, null, null, suggestion, explanation);
  }

  /** Findings reported so far in this check, in original-text offsets (for combination rules). */
  List<Finding> findingsSoFar();
}
