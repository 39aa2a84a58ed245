package org.healthsocialtools;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.internal.NearestId;

/**
 * A policy or profile names rules the checker does not have: a typo that would otherwise silently
 * leave a safeguard at its default, or on. Thrown by {@link ComplianceChecker.Builder#build()}; the
 * message lists each unknown id with the nearest known one, and {@link #nearest()} gives them to
 * tools that can point at the line.
 */
public final class UnknownRuleIdException extends IllegalArgumentException {

  private final transient List<String> ids;
  private final transient Map<String, String> nearest;

  UnknownRuleIdException(List<String> ids, Map<String, String> nearest) {
    super(message(ids, nearest));
    this.ids = List.copyOf(ids);
    this.nearest = Map.copyOf(nearest);
  }

  /** The unknown ids, in the order found. */
  public List<String> ids() {
    return ids;
  }

  /** For each unknown id that is close to a known one, that id. */
  public Map<String, String> nearest() {
    return nearest;
  }

  /** The id of {@code known} nearest to the typo {@code id}, or {@code null} when none is close. */
  public static String nearest(String id, Collection<String> known) {
    return NearestId.of(id, known);
  }

  /** "no rule 'x' (did you mean y?)", for one id. */
  public static String describe(String id, String nearest) {
    return "no rule '" + id + "'" + (nearest != null ? " (did you mean " + nearest + "?)" : "");
  }

  private static String message(List<String> ids, Map<String, String> nearest) {
    StringBuilder b = new StringBuilder("unknown rule id");
    b.append(ids.size() == 1 ? ": " : "s: ");
    for (int i = 0; i < ids.size(); i++) {
      b.append(i == 0 ? "" : "; ").append(describe(ids.get(i), nearest.get(ids.get(i))));
    }
    return b.toString();
  }
}
