package org.healthsocialtools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Platform;
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
 * {@code check()} per post over a corpus of JSON Lines posts, every bundled pack on, one shared checker. Reports
 * the average and (with {@code -bm sample}) the distribution per post.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CheckBenchmark -p corpus=../shared/corpus/dev.jsonl</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

  /** JSON Lines of posts; the bundled examples when the dev corpus is not beside the project. */
  @Param({"../shared/corpus/dev.jsonl"})
  public String corpus;

  private ComplianceChecker checker;
  private List<Post> posts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    checker = ComplianceChecker.builder().build();
    posts = load(Path.of(corpus));
  }

  static List<Post> load(Path path) throws IOException {
    if (!Files.exists(path)) {
      path = Path.of("examples/posts.jsonl");
    }
    ObjectMapper json = new ObjectMapper();
    List<Post> out = new ArrayList<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Post p = Post.of(n.get("text").asText());
      if (n.hasNonNull("platform")) {
        p = p.withPlatform(Platform.fromId(n.get("platform").asText()));
      }
      out.add(p);
    }
    return out;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    checker.close();
  }

  /** One post per invocation, cycling through the corpus. */
  @Benchmark
  public Report checkOnePost() {
    Post p = posts.get(next);
    next = next + 1 == posts.size() ? 0 : next + 1;
    return checker.check(p);
  }
}
