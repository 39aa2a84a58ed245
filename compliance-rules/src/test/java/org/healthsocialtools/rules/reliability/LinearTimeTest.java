package org.healthsocialtools.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Checking time grows linearly with post length, even for inputs built to hurt: runs of one character, deep
 * bracket nesting, text without spaces, spaced digits, emoji joined by ZWJ, long runs of combining marks, and
 * posts packed with rule hits. Each input is checked at two sizes ten times apart, in the same run, with warm-up;
 * the time ratio must stay under {@link #MAX_RATIO} (linear is about 10, quadratic about 100). Never absolute
 * milliseconds, so a slow or busy machine does not fail it.
 */
class LinearTimeTest {

  /** Generous: linear work gives about 10; cache effects and noise can add a few. */
  static final double MAX_RATIO = 25;

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().maxPostLength(2_000_000).build();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  /** The pathological inputs, each a function of the wanted length in UTF-16 units. */
  static Map<String, IntFunction<String>> inputs() {
    Map<String, IntFunction<String>> m = new LinkedHashMap<>();
    m.put("one character", n -> "a".repeat(n));
    m.put("one digit", n -> "7".repeat(n));
    m.put("nested brackets", n -> "([{".repeat(n / 6) + "}])".repeat(n / 6));
    m.put("no spaces", n -> fill("word.Name-9@x_", n));
    m.put("dots and at signs", n -> fill("a.@", n));
    m.put("spaced digits", n -> fill("9 4 3 4 7 6 5 9 1 0 ", n));
    m.put("grouped digits", n -> fill("943 476 5919 07700 900123 ", n));
    m.put("emoji with ZWJ", n -> fill("\uD83D\uDC69\u200D\u2695\uFE0F\u200D", n));
    m.put("combining marks run", n -> "e" + fill("\u0301\u0316\u0323\u0308", n - 1));
    m.put("combining marks per letter", n -> fill("a\u0301\u0316\u0301\u0316\u0301\u0316\u0301\u0316 ", n));
    m.put("line breaks", n -> fill("x\n\r\n", n));
    m.put("sentences", n -> fill("Dr. Smith saw Mrs. Jones. ", n));
    m.put("rule examples", n -> fill(allExamples(), n));
    return m;
  }

  private static String fill(String unit, int n) {
    StringBuilder b = new StringBuilder(n + unit.length());
    while (b.length() < n) {
      b.append(unit);
    }
    return b.toString();
  }

  /** Every bundled rule's examples, flagged and passing, joined: a post that sets off as many rules as possible. */
  private static String allExamples() {
    StringBuilder b = new StringBuilder();
    for (RuleInfo r : CHECKER.rules()) {
      for (Example e : r.examples()) {
        b.append(e.input()).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void checkingTimeGrowsLinearlyAt10And100Kb() {
    assertLinear(10_000, 100_000);
  }

  @Test
  void checkingTimeGrowsLinearlyUpTo1MbWithoutSpaces() {
    Map<String, IntFunction<String>> big = new LinkedHashMap<>();
    big.put("no spaces", inputs().get("no spaces"));
    big.put("one character", inputs().get("one character"));
    assertLinear(100_000, 1_000_000, big);
  }

  private static void assertLinear(int small, int large) {
    assertLinear(small, large, inputs());
  }

  private static void assertLinear(int small, int large, Map<String, IntFunction<String>> cases) {
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format("%-28s %12s %12s %7s%n", "input",
        "ms@" + small / 1000 + "K", "ms@" + large / 1000 + "K", "ratio"));
    for (Map.Entry<String, IntFunction<String>> c : cases.entrySet()) {
      String a = c.getValue().apply(small);
      String b = c.getValue().apply(large);
      double ratio = Double.MAX_VALUE;
      double ta = 0;
      double tb = 0;
      // Up to three attempts: a busy machine can slow one measurement, but not make quadratic work look linear.
      for (int attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt++) {
        ta = minMillis(a, 5);
        tb = minMillis(b, 2);
        ratio = Math.min(ratio, tb / ta);
      }
      table.append(String.format("%-28s %12.2f %12.2f %7.1f%n", c.getKey(), ta, tb, ratio));
      if (ratio >= MAX_RATIO) {
        failures.add(c.getKey() + ": " + String.format("%.1f", ratio) + "x for " + (large / small) + "x the text");
      }
    }
    System.out.print(table);
    assertThat(failures).as("super-linear checking time").isEmpty();
  }

  /** Fastest of {@code runs} checks after one warm-up, in milliseconds. */
  private static double minMillis(String text, int runs) {
    Post post = Post.of(text);
    CHECKER.check(post);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      CHECKER.check(post);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return Math.max(best, 1) / 1e6;
  }
}
