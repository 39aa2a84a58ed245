package org.healthsocialtools;

import java.util.Objects;

/**
 * One problem found in a post. Immutable. The span indexes the ORIGINAL text the caller passed in
 * (UTF-16 code units, end exclusive) and {@code text} is exactly the text it covers.
 *
 * @param ruleId stable id of the rule that found it, e.g. {@code privacy.nhs-number}
 * @param kind the taxonomy kind; {@link #category()} follows from it
 * @param severity after policy overrides
 * @param span where, in the original text
 * @param text the covered original text
 * @param message what the problem is, in plain English
 * @param suggestion what to do instead, or {@code null}
 * @param explanation why the rule fired
 */
public record Finding(
    String ruleId,
    Kind kind,
    Severity severity,
    Span span,
    String text,
    String message,
    String suggestion,
    Explanation explanation) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(explanation, "explanation");
    if (text.length() != span.length()) {
      // The message names lengths only: the text is draft text and must never reach a log.
      throw new IllegalArgumentException(
          "text of length " + text.length() + " does not fit span " + span);
    }
  }

  public Category category() {
    return kind.category();
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** The same finding with another severity (used by the policy's overrides). */
  public Finding withSeverity(Severity newSeverity) {
    return newSeverity == severity
        ? this
        : new Finding(ruleId, kind, newSeverity, span, text, message, suggestion, explanation);
  }
}
