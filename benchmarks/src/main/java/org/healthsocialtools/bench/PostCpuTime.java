package org.healthsocialtools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;

/**
 * {@code check()} per post in CPU time of the checking thread (and wall time beside it), after a
 * warm-up: on a machine other jobs share, CPU time leaves out the time the thread waited for a
 * core, which wall-clock percentiles (JMH's SampleTime) cannot. Prints percentiles in microseconds.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.healthsocialtools.bench.PostCpuTime ../shared/corpus/dev.jsonl [warm-up s] [rounds]
 * </pre>
 */
public final class PostCpuTime {

  private PostCpuTime() {}

  public static void main(String[] args) throws Exception {
    List<Post> posts = Corpus.load(args.length > 0 ? args[0] : "../shared/corpus/dev.jsonl");
    long warmUp = (long) (Double.parseDouble(args.length > 1 ? args[1] : "20") * 1e9);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (ComplianceChecker checker = ComplianceChecker.builder().build()) {
      long end = System.nanoTime() + warmUp;
      while (System.nanoTime() < end) {
        for (Post p : posts) {
          checker.check(p);
        }
      }
      int n = posts.size() * rounds;
      long[] cpu = new long[n];
      long[] wall = new long[n];
      int k = 0;
      for (int r = 0; r < rounds; r++) {
        for (Post p : posts) {
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          checker.check(p);
          wall[k] = System.nanoTime() - w0;
          cpu[k++] = mx.getCurrentThreadCpuTime() - c0;
        }
      }
      print("cpu ", cpu);
      print("wall", wall);
    }
  }

  private static void print(String what, long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT,
        "%s us/post over %d: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  mean %.1f%n",
        what,
        s.length,
        at(s, 0.5),
        at(s, 0.9),
        at(s, 0.99),
        at(s, 0.999),
        s[s.length - 1] / 1e3,
        Arrays.stream(s).average().orElse(0) / 1e3);
  }

  private static double at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e3;
  }
}
