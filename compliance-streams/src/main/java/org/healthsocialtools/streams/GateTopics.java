package org.healthsocialtools.streams;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The topics of a gate. Every output record is keyed as the draft it comes from, so with equal
 * partition counts a draft, its report and its routed copy land on the same partition number.
 *
 * @param input drafts, one JSON object per record (the JSON Lines contract)
 * @param reports one report per readable draft, in the contract's report shape
 * @param approved drafts whose verdict is {@code pass}, unchanged
 * @param review drafts whose verdict is {@code review} (a person must look), unchanged
 * @param blocked drafts whose verdict is {@code block}, unchanged, for the publishing tool to hold
 * @param deadLetter records that cannot be read, as a reason naming the field and where the record
 *     was; never the record itself
 */
public record GateTopics(
    String input,
    String reports,
    String approved,
    String review,
    String blocked,
    String deadLetter) {

  public GateTopics {
    List<String> all =
        List.of(
            Objects.requireNonNull(input, "input"), Objects.requireNonNull(reports, "reports"),
            Objects.requireNonNull(approved, "approved"), Objects.requireNonNull(review, "review"),
            Objects.requireNonNull(blocked, "blocked"),
                Objects.requireNonNull(deadLetter, "deadLetter"));
    Set<String> seen = new LinkedHashSet<>();
    for (String t : all) {
      if (t.isBlank()) {
        throw new IllegalArgumentException("topic names must not be blank");
      }
      if (!seen.add(t)) {
        throw new IllegalArgumentException(
            "topic '" + t + "' is used twice; each role needs its own topic");
      }
    }
  }

  /**
   * {@code drafts}, {@code draft-reports}, {@code drafts-approved}, {@code drafts-review}, {@code
   * drafts-blocked}, {@code drafts-dead-letter}.
   */
  public static GateTopics defaults() {
    return new GateTopics(
        "drafts",
        "draft-reports",
        "drafts-approved",
        "drafts-review",
        "drafts-blocked",
        "drafts-dead-letter");
  }

  /**
   * The defaults, each replaced by {@code hst.topic.input}, {@code hst.topic.reports}, ... when
   * set.
   */
  public static GateTopics from(Properties p) {
    GateTopics d = defaults();
    return new GateTopics(
        p.getProperty("hst.topic.input", d.input),
        p.getProperty("hst.topic.reports", d.reports),
        p.getProperty("hst.topic.approved", d.approved),
        p.getProperty("hst.topic.review", d.review),
        p.getProperty("hst.topic.blocked", d.blocked),
        p.getProperty("hst.topic.dead-letter", d.deadLetter));
  }

  /** Every output topic, reports first. */
  public List<String> outputs() {
    return List.of(reports, approved, review, blocked, deadLetter);
  }
}
