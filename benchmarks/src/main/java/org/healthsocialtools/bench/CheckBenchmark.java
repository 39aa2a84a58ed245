package org.healthsocialtools.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code check()} per post over a corpus, every bundled pack on, ONE checker shared by all
 * benchmark threads (each thread walks the corpus with its own cursor). Run with {@code -t 1} and
 * {@code -t 2} to see how throughput scales with threads; {@code -bm sample} gives the distribution
 * per post.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CheckBenchmark -p corpus=../shared/corpus/dev.jsonl
 * </pre>
 */
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

  /** The shared checker and corpus. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"../shared/corpus/dev.jsonl"})
    public String corpus;

    ComplianceChecker checker;
    List<Post> posts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      checker = ComplianceChecker.builder().build();
      posts = Corpus.load(corpus);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      checker.close();
    }
  }

  /** Each thread's place in the corpus. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public Report checkOnePost(Shared s, Cursor c) {
    Post p = s.posts.get(c.next);
    c.next = c.next + 1 == s.posts.size() ? 0 : c.next + 1;
    return s.checker.check(p);
  }
}
