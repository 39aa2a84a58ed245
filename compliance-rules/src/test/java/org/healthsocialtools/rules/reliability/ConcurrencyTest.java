package org.healthsocialtools.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One checker shared by many threads gives every post exactly the report it gives when used alone:
 * the posts are every bundled rule's examples, alone, on each platform and run together in pairs; 8
 * threads check them all many times over in different orders and every report must equal the
 * single-threaded one.
 */
class ConcurrencyTest {

  static final int THREADS = 8;
  static final int ROUNDS = 4;

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().build();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  /** A few hundred varied posts built from the rules' own examples. */
  static List<Post> posts() {
    List<Post> posts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (RuleInfo r : CHECKER.rules()) {
      for (Example e : r.examples()) {
        Post p = Post.of(e.input());
        if (e.platform() != null) {
          p = p.withPlatform(Platform.fromId(e.platform()));
        }
        if (e.locale() != null) {
          p = p.withLocale(e.locale());
        }
        posts.add(p);
        texts.add(e.input());
      }
    }
    Platform[] platforms = Platform.values();
    for (int i = 0; i < texts.size(); i++) {
      posts.add(Post.of(texts.get(i)).withPlatform(platforms[i % platforms.length]));
      posts.add(Post.of(texts.get(i) + "\n" + texts.get((i * 7 + 3) % texts.size())));
      posts.add(
          Post.of(texts.get(i) + " " + texts.get((i * 5 + 1) % texts.size())).withLocale("en-US"));
    }
    Random random = new Random(8);
    while (posts.size() < 300) {
      posts.add(
          Post.of(
                  texts.get(random.nextInt(texts.size()))
                      + " "
                      + texts.get(random.nextInt(texts.size())))
              .withPlatform(platforms[random.nextInt(platforms.length)]));
    }
    return posts;
  }

  @Test
  void everyReportFromEightThreadsEqualsTheSingleThreadedOne() throws Exception {
    List<Post> posts = posts();
    List<Report> expected = new ArrayList<>(posts.size());
    for (Post p : posts) {
      expected.add(CHECKER.check(p));
    }
    AtomicInteger checked = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(
            pool.submit(
                () -> {
                  List<String> mismatches = new ArrayList<>();
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < posts.size(); i++) {
                    order.add(i);
                  }
                  Random random = new Random(seed);
                  for (int round = 0; round < ROUNDS; round++) {
                    Collections.shuffle(order, random);
                    for (int i : order) {
                      Report got = CHECKER.check(posts.get(i));
                      checked.incrementAndGet();
                      if (!got.equals(expected.get(i))) {
                        mismatches.add("post " + i + " round " + round);
                      }
                    }
                  }
                  return mismatches;
                }));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> f : results) {
        mismatches.addAll(f.get(10, TimeUnit.MINUTES));
      }
      assertThat(mismatches).as("reports that differ from the single-threaded run").isEmpty();
      assertThat(checked.get()).isEqualTo(THREADS * ROUNDS * posts.size());
      assertThat(expected).anyMatch(r -> !r.findings().isEmpty());
    } finally {
      pool.shutdownNow();
    }
  }
}
