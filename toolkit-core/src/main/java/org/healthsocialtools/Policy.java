package org.healthsocialtools;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns findings into a {@link Verdict}: {@code block} if any finding is an error, {@code review}
 * if any is a warning, else {@code pass}. Carries per-rule severity overrides and disabled rules.
 * Immutable; every {@code with*} method returns a new policy.
 */
public final class Policy {

  private static final Policy STANDARD = new Policy(Map.of(), Set.of());

  private final Map<String, Severity> overrides;
  private final Set<String> disabled;

  private Policy(Map<String, Severity> overrides, Set<String> disabled) {
    this.overrides = Map.copyOf(overrides);
    this.disabled = Set.copyOf(disabled);
  }

  /** The verdict rule of {@code report-format.md} with no overrides. */
  public static Policy standard() {
    return STANDARD;
  }

  /** A policy that reports {@code ruleId}'s findings at {@code severity}. */
  public Policy withSeverity(String ruleId, Severity severity) {
    Map<String, Severity> m = new HashMap<>(overrides);
    m.put(ruleId, severity);
    return new Policy(m, disabled);
  }

  /** A policy under which the given rules do not run. */
  public Policy disable(Collection<String> ruleIds) {
    Set<String> s = new HashSet<>(disabled);
    s.addAll(ruleIds);
    return new Policy(overrides, s);
  }

  public Policy disable(String... ruleIds) {
    return disable(List.of(ruleIds));
  }

  public boolean isDisabled(String ruleId) {
    return disabled.contains(ruleId);
  }

  public Map<String, Severity> overrides() {
    return overrides;
  }

  public Set<String> disabled() {
    return disabled;
  }

  /** Applies this policy's severity override, if any, to one finding. */
  public Finding apply(Finding f) {
    Severity s = overrides.get(f.ruleId());
    return s == null ? f : f.withSeverity(s);
  }

  /** The verdict for findings that already carry their final severities. */
  public Verdict verdict(List<Finding> findings) {
    Verdict v = Verdict.PASS;
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return Verdict.BLOCK;
      }
      if (f.severity() == Severity.WARNING) {
        v = Verdict.REVIEW;
      }
    }
    return v;
  }
}
