package org.healthsocialtools.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Policy;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Span;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * Collects one check's findings: maps normalised offsets to the original text, fills in defaults from the rule,
 * applies the policy's severity overrides, and drops exact repeats (same rule, same span) in constant time, so a
 * post with thousands of findings costs no more per finding than one with a few.
 */
final class FindingCollector implements FindingSink {

  private AnalyzedPost post;
  private final Policy policy;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<Seen> seen = new HashSet<>();
  private RuleInfo current;

  /** What makes two findings repeats of each other. */
  private record Seen(String ruleId, int start, int end) {}

  FindingCollector(AnalyzedPost post, Policy policy) {
    this.post = post;
    this.policy = policy;
  }

  /** Reports from here on come from rules reading {@code view}: the same text, another platform. */
  void switchPost(AnalyzedPost view) {
    if (!view.original().equals(post.original())) {
      throw new IllegalArgumentException("a view of another post");
    }
    this.post = view;
  }

  void startRule(Rule rule) {
    current = rule.info();
  }

  @Override
  public void report(int start, int end, Severity severity, String message, String suggestion, Explanation why) {
    String normalised = post.text();
    Span span = start == 0 && end == normalised.length()
        ? new Span(0, post.original().length())
        : post.toOriginal(start, end);
    if (!seen.add(new Seen(current.id(), span.start(), span.end()))) {
      return;
    }
    String covered = span.of(post.original());
    String msg = (message != null ? message : current.message()).replace("{text}", covered.strip());
    String sugg = suggestion == null ? null : suggestion.replace("{text}", covered.strip());
    findings.add(policy.apply(new Finding(current.id(), current.kind(),
        severity != null ? severity : current.severity(), span, covered, msg, sugg, why)));
  }

  @Override
  public List<Finding> findingsSoFar() {
    return Collections.unmodifiableList(findings);
  }

  /** The findings in text order, more severe first at the same place. */
  List<Finding> sorted() {
    List<Finding> out = new ArrayList<>(findings);
    out.sort((a, b) -> {
      int c = a.span().compareTo(b.span());
      return c != 0 ? c : a.severity().compareTo(b.severity());
    });
    return out;
  }
}
