package org.healthsocialtools.web.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each browser test, with the reason, where Chromium or its driver is missing, so that the
 * build reports them as skipped ("Tests run: 9, Skipped: 9") rather than not at all, and says once
 * on the console what to install. Under CI ({@code CI=true}) the tests always run, so a missing
 * browser fails the build.
 */
final class NeedsChromium implements ExecutionCondition {

  private static volatile boolean told;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = Browser.missing();
    if (missing == null || "true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("Chromium is installed, or CI requires it");
    }
    if (context.getTestMethod().isEmpty()) {
      // Decided per test, so that each is counted as skipped.
      return ConditionEvaluationResult.enabled("checked per test");
    }
    if (!told) {
      told = true;
      System.err.println("Browser tests skipped: " + missing);
    }
    return ConditionEvaluationResult.disabled(missing);
  }
}
