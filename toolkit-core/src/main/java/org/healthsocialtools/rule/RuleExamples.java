package org.healthsocialtools.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.Span;

/**
 * Runs a rule's examples as its tests, strictly: a flagged example must mark at least one span with
 * {@code [[ ]]} and produce findings of the rule at exactly the marked spans (exact offsets, none
 * missing, none extra); a passing example must produce no finding of the rule. Used by the bundled
 * packs' generic test and available to organisations that write their own packs.
 */
public final class RuleExamples {

  private RuleExamples() {}

  /** Problems found, one line each; empty when every example behaves. */
  public static List<String> verify(ComplianceChecker checker, RuleInfo rule) {
    List<String> problems = new ArrayList<>();
    for (Example e : rule.examples()) {
      Post post = Post.of(e.input());
      if (e.platform() != null) {
        post = post.withPlatform(Platform.fromId(e.platform()));
      }
      if (e.locale() != null) {
        post = post.withLocale(e.locale());
      }
      Report r = checker.check(post);
      List<Span> got =
          r.findings().stream()
              .filter(f -> f.ruleId().equals(rule.id()))
              .map(Finding::span)
              .toList();
      if (e.flags()) {
        if (e.expectedSpans().isEmpty()) {
          problems.add(
              rule.id()
                  + ": flagged example \""
                  + e.text()
                  + "\" marks no span: put [[ ]] around what"
                  + " the rule must find");
        }
        for (Span want : e.expectedSpans()) {
          if (!got.contains(want)) {
            problems.add(
                rule.id()
                    + ": expected a finding at "
                    + show(e.input(), want)
                    + " in \""
                    + e.text()
                    + "\"; got "
                    + describe(e.input(), got));
          }
        }
        for (Span extra : got) {
          if (!e.expectedSpans().contains(extra)) {
            problems.add(
                rule.id()
                    + ": unexpected finding at "
                    + show(e.input(), extra)
                    + " in \""
                    + e.text()
                    + "\" (mark it, or change the example)");
          }
        }
      } else if (!got.isEmpty()) {
        problems.add(
            rule.id() + ": must pass \"" + e.text() + "\" but flagged " + describe(e.input(), got));
      }
    }
    return problems;
  }

  private static String describe(String text, List<Span> spans) {
    return spans.isEmpty()
        ? "nothing"
        : spans.stream().map(s -> show(text, s)).collect(Collectors.joining(", "));
  }

  private static String show(String text, Span s) {
    return "[" + s.start() + "," + s.end() + ") '" + s.of(text) + "'";
  }
}
