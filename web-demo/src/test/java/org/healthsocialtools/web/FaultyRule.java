package org.healthsocialtools.web;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * A rule for fault tests, added to the demo's checkers as a bean
 * ({@code @Import(FaultyRule.class)}). On a draft holding {@value #THROW} it throws an exception
 * whose message quotes the whole draft, as a careless bug would; on one holding {@value #BLOCK} it
 * signals {@link #entered} and holds its check slot until {@link #release} (at most 20 s). Any
 * other draft passes through.
 */
public class FaultyRule implements Rule {

  public static final String THROW = "Kaboom";
  public static final String BLOCK = "Blockade";
  public static volatile CountDownLatch entered = new CountDownLatch(1);
  public static volatile CountDownLatch release = new CountDownLatch(1);

  private static final RuleInfo INFO =
      new RuleInfo(
          "test.faulty",
          Kind.JARGON,
          Severity.INFO,
          "A rule that fails",
          "failure",
          null,
          "https://example.org/faulty",
          "any",
          "",
          List.of(Example.flags("[[x]]"), Example.passes("y")));

  /** Fresh latches for the next blocked check. */
  public static void reset() {
    entered = new CountDownLatch(1);
    release = new CountDownLatch(1);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.original();
    if (text.contains(THROW)) {
      throw new IllegalStateException("cannot check '" + text + "'");
    }
    if (text.contains(BLOCK)) {
      entered.countDown();
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
