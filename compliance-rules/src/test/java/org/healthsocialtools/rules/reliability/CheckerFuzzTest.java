package org.healthsocialtools.rules.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Verdict;
import org.junit.jupiter.api.AfterAll;

/**
 * The checker with every bundled rule under arbitrary text: no exception escapes, every finding's
 * span lies inside the original text and its text is exactly what the span covers, findings come in
 * text order, and the verdict follows from the findings' severities. Runs the seed corpus in every
 * build; see RELIABILITY.md to fuzz longer.
 */
class CheckerFuzzTest {

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().build();
  private static final Platform[] PLATFORMS = Platform.values();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  @FuzzTest(maxDuration = "5m")
  void findingsIndexTheOriginalAndTheVerdictFollows(byte[] data) {
    String text = FuzzInput.text(data);
    // The length picks a platform (or none) so every platform's rules see fuzzed text.
    int pick = text.length() % (PLATFORMS.length + 1);
    Post post = Post.of(text).withPlatform(pick == PLATFORMS.length ? null : PLATFORMS[pick]);
    if (text.length() > CHECKER.maxPostLength()) {
      try {
        CHECKER.check(post);
        throw new AssertionError("a post over the length limit was checked");
      } catch (IllegalArgumentException expected) {
        return;
      }
    }
    Report report = CHECKER.check(post);
    List<Finding> findings = report.findings();
    Severity worst = null;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.end() > text.length()) {
        throw new AssertionError(
            f.ruleId() + " span " + f.span() + " past the end (" + text.length() + ")");
      }
      if (!f.text().equals(text.substring(f.start(), f.end()))) {
        throw new AssertionError(f.ruleId() + " text does not equal its span " + f.span());
      }
      if (i > 0 && findings.get(i - 1).start() > f.start()) {
        throw new AssertionError("findings out of text order at " + i);
      }
      worst = worst == null || f.severity().compareTo(worst) < 0 ? f.severity() : worst;
    }
    Verdict expected =
        worst == Severity.ERROR
            ? Verdict.BLOCK
            : worst == Severity.WARNING ? Verdict.REVIEW : Verdict.PASS;
    if (report.verdict() != expected) {
      throw new AssertionError("verdict " + report.verdict() + " but worst severity " + worst);
    }
  }
}
