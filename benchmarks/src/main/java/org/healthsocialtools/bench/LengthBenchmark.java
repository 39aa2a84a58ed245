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
 * Cost against post length: a post of {@code bytes} characters made by joining corpus posts. Linear
 * cost means the time per kilobyte stays flat from 100 B to 100 KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LengthBenchmark {

  @Param({"../shared/corpus/dev.jsonl"})
  public String corpus;

  @Param({"100", "1000", "10000", "100000"})
  public int bytes;

  private ComplianceChecker checker;
  private Post post;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    checker = ComplianceChecker.builder().build();
    List<Post> posts = Corpus.load(corpus);
    StringBuilder b = new StringBuilder(bytes + 512);
    for (int i = 0; b.length() < bytes; i++) {
      b.append(posts.get(i % posts.size()).text()).append('\n');
    }
    String text = b.substring(0, bytes);
    if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      text = text.substring(0, text.length() - 1);
    }
    post = Post.of(text);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    checker.close();
  }

  @Benchmark
  public Report check() {
    return checker.check(post);
  }
}
