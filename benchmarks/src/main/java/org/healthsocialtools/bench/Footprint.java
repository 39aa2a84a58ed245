package org.healthsocialtools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;

/**
 * Retained heap of a checker: heap in use after full collections, before building one and after
 * building it and checking every corpus post once (so the lazily loaded models and word lists are
 * counted too).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.healthsocialtools.bench.Footprint ../shared/corpus/dev.jsonl
 * </pre>
 */
public final class Footprint {

  private Footprint() {}

  public static void main(String[] args) throws Exception {
    List<Post> posts = Corpus.load(args.length > 0 ? args[0] : "../shared/corpus/dev.jsonl");
    long before = used();
    ComplianceChecker checker = ComplianceChecker.builder().build();
    long built = used();
    for (Post p : posts) {
      checker.check(p);
    }
    long after = used();
    System.out.printf(
        Locale.ROOT,
        "retained heap: %.1f MB after build, %.1f MB after checking %d posts%n",
        (built - before) / 1e6,
        (after - before) / 1e6,
        posts.size());
    checker.close();
  }

  private static long used() throws InterruptedException {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return m.getHeapMemoryUsage().getUsed();
  }
}
