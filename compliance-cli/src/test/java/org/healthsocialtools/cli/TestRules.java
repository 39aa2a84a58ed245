package org.healthsocialtools.cli;

import java.util.List;
import java.util.Locale;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A small fixed rule pack for the CLI tests, so expected outputs do not move when the bundled packs
 * change: an error (ten digits written 3-3-4), a warning ("suffers from") and an advice ("!!!").
 */
final class TestRules {

  private TestRules() {}

  /** Builds checkers with only these rules: the factory the command tests inject. */
  static final CheckerFactory FACTORY =
      (profile, locale, policy) ->
          ComplianceChecker.builder()
              .useClasspathProviders(false)
              .addRules(List.of(new TenDigits(), new SuffersFrom(), new Exclaim()))
              .profile(profile)
              .locale(locale)
              .policy(policy)
              .build();

  @RuleDefinition(
      id = "test.ten-digits",
      kind = Kind.IDENTIFIER,
      severity = Severity.ERROR,
      summary = "Ten digits written 3-3-4",
      message = "Looks like an identifier number.",
      suggestion = "Remove the number.",
      guidance = "https://example.org/guidance/ten-digits",
      flags = "NHS no [[943 476 5919]] today",
      passes = "Call 0113 496 0000")
  static final class TenDigits extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      String t = post.text();
      for (int i = 0; i + 12 <= t.length(); i++) {
        if ((i == 0 || !Character.isDigit(t.charAt(i - 1)))
            && shape(t, i)
            && (i + 12 == t.length() || !Character.isDigit(t.charAt(i + 12)))) {
          sink.report(i, i + 12, null, Explanation.of("3-3-4 digits"));
          i += 11;
        }
      }
    }

    private static boolean shape(String t, int i) {
      for (int k = 0; k < 12; k++) {
        char c = t.charAt(i + k);
        if (k == 3 || k == 7 ? c != ' ' : !Character.isDigit(c)) {
          return false;
        }
      }
      return true;
    }
  }

  @RuleDefinition(
      id = "test.suffers-from",
      kind = Kind.STIGMA,
      severity = Severity.WARNING,
      summary = "'Suffers from' wording",
      message = "Say 'has' or 'lives with' instead.",
      suggestion = "lives with",
      guidance = "https://example.org/guidance/person-first",
      flags = "She [[suffers from]] asthma",
      passes = "She lives with asthma")
  static final class SuffersFrom extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      String t = post.text().toLowerCase(Locale.ROOT);
      for (int i = t.indexOf("suffers from"); i >= 0; i = t.indexOf("suffers from", i + 1)) {
        sink.report(i, i + 12, "lives with", Explanation.of("suffers from"));
      }
    }
  }

  @RuleDefinition(
      id = "test.exclaim",
      kind = Kind.CAPS,
      severity = Severity.INFO,
      summary = "Three exclamation marks",
      message = "One exclamation mark is enough.",
      guidance = "https://example.org/guidance/exclaim",
      flags = "Open now[[!!!]]",
      passes = "Open now!")
  static final class Exclaim extends AnnotatedRule {
    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      String t = post.text();
      for (int i = t.indexOf("!!!"); i >= 0; i = t.indexOf("!!!", i + 3)) {
        sink.report(i, i + 3, null, Explanation.of("!!!"));
      }
    }
  }
}
