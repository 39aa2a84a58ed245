package org.healthsocialtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * {@link ComplianceChecker#close()} closes every rule exactly once, even when one fails, and ends
 * checking.
 */
class CheckerCloseTest {

  abstract static class Holder extends AnnotatedRule {
    final AtomicInteger closes = new AtomicInteger();
    final boolean failToClose;

    Holder(boolean failToClose) {
      this.failToClose = failToClose;
    }

    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      int i = post.text().indexOf("HOLD");
      if (i >= 0) {
        sink.report(i, i + 4, null, Explanation.of("HOLD"));
      }
    }

    @Override
    public void close() {
      closes.incrementAndGet();
      if (failToClose) {
        throw new IllegalStateException("cannot release");
      }
    }
  }

  @RuleDefinition(
      id = "test.holder",
      kind = Kind.CAPS,
      severity = Severity.INFO,
      summary = "Holds a resource",
      message = "m",
      guidance = "https://example.org",
      flags = "[[HOLD]]",
      passes = "hold")
  static final class Failing extends Holder {
    Failing() {
      super(true);
    }
  }

  @RuleDefinition(
      id = "test.other-holder",
      kind = Kind.CAPS,
      severity = Severity.INFO,
      summary = "Holds another",
      message = "m",
      guidance = "https://example.org",
      flags = "[[HOLD]]",
      passes = "hold")
  static final class Fine extends Holder {
    Fine() {
      super(false);
    }
  }

  @Test
  void closeClosesEveryRuleOnceAndEndsChecking() {
    Holder failing = new Failing();
    Holder fine = new Fine();
    ComplianceChecker checker =
        ComplianceChecker.builder()
            .useClasspathProviders(false)
            .addRules(List.of(failing, fine))
            .build();
    assertThat(checker.check("HOLD").findings()).hasSize(2);
    assertThatThrownBy(checker::close).hasMessageContaining("test.holder failed to close");
    checker.close();
    assertThat(failing.closes).hasValue(1);
    assertThat(fine.closes).as("a failing rule does not stop the others").hasValue(1);
    assertThatThrownBy(() -> checker.check("HOLD"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
