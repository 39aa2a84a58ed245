package org.healthsocialtools.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Checking time grows linearly with post length, even for inputs built to hurt: runs of one
 * character, deep bracket nesting, text without spaces, spaced digits, emoji joined by ZWJ, long
 * runs of combining marks, and posts packed with rule hits, and one name, cue, health term, number,
 * date, hashtag, mention, e-mail address or stigma term repeated (where a per-hit scan of the post
 * turns linear work quadratic). Each input is checked at two sizes ten times apart, in the same
 * run, with warm-up, timed in turn; the time ratio must stay under {@link #MAX_RATIO} (linear is
 * about 10, quadratic about 100). Never absolute milliseconds, so a slow or busy machine does not
 * fail it. The table and the largest ratio are printed.
 */
class LinearTimeTest {

  /** Generous: linear work gives about 10; cache effects and noise can add a few. */
  static final double MAX_RATIO = 25;

  private static final ComplianceChecker CHECKER =
      ComplianceChecker.builder().maxPostLength(2_000_000).build();

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
    m.put(
        "combining marks per letter",
        n -> fill("a\u0301\u0316\u0301\u0316\u0301\u0316\u0301\u0316 ", n));
    m.put("line breaks", n -> fill("x\n\r\n", n));
    m.put("sentences", n -> fill("Dr. Smith saw Mrs. Jones. ", n));
    m.put("rule examples", n -> fill(allExamples(), n));
    // One thing repeated: each shape gives a rule many hits of one kind, where a per-hit scan of
    // the post (or of
    // every other hit) turns linear work quadratic.
    m.put(
        "one name with cues", n -> fill("Get well soon Edna in bay 3, sufferer of dementia! ", n));
    m.put("one name, one sentence", n -> fill("Edna and ", n));
    m.put("one name, staff title", n -> fill("our Ward Manager Edna Price, ", n));
    m.put("titled names", n -> fill("Mr John Davies met Nurse Joy. ", n));
    m.put("one cue", n -> fill("patient in bay 3 ", n));
    m.put("one health term", n -> fill("dementia ", n));
    m.put("one number", n -> fill("07700 900123, ", n));
    m.put("one date", n -> fill("on 3 March ", n));
    m.put("one hashtag", n -> fill("#Heatwave ", n));
    m.put("one mention and link", n -> fill("@nhsengland https://example.org/a ", n));
    m.put("one email", n -> fill("edna.price@example.org ", n));
    m.put("one capitalised word", n -> fill("Heatwave ", n));
    m.put("one stigma term", n -> fill("suffers from ", n));
    return m;
  }

  private static String fill(String unit, int n) {
    StringBuilder b = new StringBuilder(n + unit.length());
    while (b.length() < n) {
      b.append(unit);
    }
    return b.toString();
  }

  /**
   * Every bundled rule's examples, flagged and passing, joined: a post that sets off as many rules
   * as possible.
   */
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
    // LINEAR_ONLY=NAME;NAME in the environment checks only those shapes (for investigating); the
    // suite checks all.
    String only = System.getenv("LINEAR_ONLY");
    if (only != null && !only.isBlank()) {
      Map<String, IntFunction<String>> some = new LinkedHashMap<>();
      for (String name : only.split(";")) {
        some.put(name, inputs().get(name));
      }
      int small = Integer.parseInt(System.getenv().getOrDefault("LINEAR_SMALL", "10000"));
      assertLinear(small, small * 10, some);
      return;
    }
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
    StringBuilder table =
        new StringBuilder(
            String.format(
                "%-28s %12s %12s %7s%n",
                "input", "ms@" + small / 1000 + "K", "ms@" + large / 1000 + "K", "ratio"));
    double worst = 0;
    for (Map.Entry<String, IntFunction<String>> c : cases.entrySet()) {
      Post a = Post.of(c.getValue().apply(small));
      Post b = Post.of(c.getValue().apply(large));
      double ratio = Double.MAX_VALUE;
      double ta = Double.MAX_VALUE;
      double tb = Double.MAX_VALUE;
      warmUp(a);
      warmUp(b);
      // The two sizes are timed in turn, keeping the fastest of each, so a busy spell slows both
      // alike; up to
      // three rounds: a busy machine can slow one measurement, but not make quadratic work look
      // linear.
      for (int round = 0; round < 3 && ratio >= MAX_RATIO; round++) {
        for (int i = 0; i < 3; i++) {
          ta = Math.min(ta, millisPerCheck(a));
          tb = Math.min(tb, millisPerCheck(b));
        }
        ratio = tb / ta;
      }
      worst = Math.max(worst, ratio);
      table.append(String.format("%-28s %12.2f %12.2f %7.1f%n", c.getKey(), ta, tb, ratio));
      if (ratio >= MAX_RATIO) {
        failures.add(
            c.getKey()
                + ": "
                + String.format("%.1f", ratio)
                + "x for "
                + (large / small)
                + "x the text");
      }
    }
    table.append(String.format("largest ratio %.1f (linear is %d)%n", worst, large / small));
    System.out.print(table);
    assertThat(failures).as("super-linear checking time").isEmpty();
  }

  private static void warmUp(Post post) {
    for (int i = 0; i < 3; i++) {
      CHECKER.check(post);
    }
  }

  /**
   * One timing in milliseconds per check, of this thread's CPU time where the JVM measures it (so
   * other processes on a busy machine do not inflate it), else of wall time; the check is repeated
   * until the timing spans about 20 ms.
   */
  private static double millisPerCheck(Post post) {
    long t0 = now();
    CHECKER.check(post);
    long once = Math.max(now() - t0, 1);
    int reps = (int) Math.min(200, Math.max(1, 20_000_000L / once));
    long start = now();
    for (int r = 0; r < reps; r++) {
      CHECKER.check(post);
    }
    return Math.max((now() - start) / reps, 1) / 1e6;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}
