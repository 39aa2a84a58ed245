package org.healthsocialtools.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Collects one check's findings: maps normalised offsets to the original text, fills in defaults
 * from the rule, applies the policy's severity overrides, and drops exact repeats (same rule, same
 * span) in constant time, so a post with thousands of findings costs no more per finding than one
 * with a few.
 */
final class FindingCollector implements FindingSink {

  private AnalyzedPost post;
  private final Policy policy;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<Seen> seen = new HashSet<>();
  private final Map<String, RuleInfo> rules = new HashMap<>();
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
    rules.put(current.id(), current);
  }

  /**
   * Adds a finding for every other occurrence of a name, identifier or contact found so far ({@link
   * Repeats}).
   */
  void addRepeats() {
    for (Finding f : Repeats.of(post, findings, rules)) {
      if (seen.add(new Seen(f.ruleId(), f.start(), f.end()))) {
        findings.add(f);
      }
    }
  }

  @Override
  public void report(
      int start, int end, Severity severity, String message, String suggestion, Explanation why) {
    String normalised = post.text();
    Span span =
        start == 0 && end == normalised.length()
            ? new Span(0, post.original().length())
            : post.toOriginal(start, end);
    if (!seen.add(new Seen(current.id(), span.start(), span.end()))) {
      return;
    }
    String covered = span.of(post.original());
    String msg = (message != null ? message : current.message()).replace("{text}", covered.strip());
    String sugg = suggestion == null ? null : suggestion.replace("{text}", covered.strip());
    findings.add(
        policy.apply(
            new Finding(
                current.id(),
                current.kind(),
                severity != null ? severity : current.severity(),
                span,
                covered,
                msg,
                sugg,
                why)));
  }

  @Override
  public List<Finding> findingsSoFar() {
    return Collections.unmodifiableList(findings);
  }

  /**
   * The findings in text order, more severe first at the same place. Each span is first widened to
   * whole words (a finding never starts or ends inside a word, so no lone "you" of "your" is
   * highlighted); then findings of one rule that overlap merge into one over their union, with the
   * more severe finding's severity and explanation. Findings over the whole post are left as they
   * are.
   */
  List<Finding> sorted() {
    String original = post.original();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(wholeWords(f, original));
    }
    out.sort(
        (a, b) -> {
          int c = a.ruleId().compareTo(b.ruleId());
          return c != 0 ? c : a.span().compareTo(b.span());
        });
    List<Finding> merged = new ArrayList<>(out.size());
    for (Finding f : out) {
      Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.ruleId().equals(f.ruleId()) && f.start() < last.end()) {
        merged.set(merged.size() - 1, union(last, f, original));
      } else {
        merged.add(f);
      }
    }
    merged.sort(
        (a, b) -> {
          int c = a.span().compareTo(b.span());
          return c != 0 ? c : a.severity().compareTo(b.severity());
        });
    return merged;
  }

  private Finding wholeWords(Finding f, String text) {
    int s = f.start();
    int e = f.end();
    if (s == e || s == 0 && e == text.length()) {
      return f;
    }
    while (s > 0 && wordChar(text, s - 1) && wordChar(text, s)) {
      s--;
    }
    while (e < text.length() && wordChar(text, e - 1) && wordChar(text, e)) {
      e++;
    }
    return s == f.start() && e == f.end() ? f : respan(f, new Span(s, e), text, f);
  }

  private static boolean wordChar(String text, int i) {
    return Character.isLetterOrDigit(text.charAt(i));
  }

  /**
   * One finding over both spans; the more severe of the two (the first at a tie) gives the rest.
   */
  private Finding union(Finding a, Finding b, String text) {
    Finding lead = b.severity().compareTo(a.severity()) < 0 ? b : a;
    Span span = new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    return span.equals(lead.span()) ? lead : respan(lead, span, text, lead);
  }

  /**
   * {@code f} over {@code span}, its message re-rendered from the rule's template for the new text.
   */
  private Finding respan(Finding f, Span span, String text, Finding from) {
    String covered = span.of(text);
    RuleInfo rule = rules.get(f.ruleId());
    String message =
        rule != null
                && rule.message() != null
                && f.message().equals(rule.message().replace("{text}", from.text().strip()))
            ? rule.message().replace("{text}", covered.strip())
            : f.message();
    return new Finding(
        f.ruleId(),
        f.kind(),
        f.severity(),
        span,
        covered,
        message,
        f.suggestion(),
        f.explanation());
  }
}
