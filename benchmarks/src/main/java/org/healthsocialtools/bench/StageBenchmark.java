package org.healthsocialtools.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.healthsocialtools.Category;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Policy;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.internal.PostAnalyzer;
import org.healthsocialtools.internal.text.NormalizedText;
import org.healthsocialtools.internal.text.Normalizer;
import org.healthsocialtools.io.ReportJson;
import org.healthsocialtools.rule.RuleInfo;
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
 * The checker stage by stage, per post, cycling through a corpus: {@code normalise} (normaliser and
 * offset map), {@code analyse} (plus tokens, language, sentences), {@code analysePos} (plus POS
 * tags for every token, the worst case a rule can ask for), {@code privacy} (a checker with only
 * the privacy rules, analysis included), {@code rules} (only the tone, clarity, accessibility and
 * platform rules), {@code all}, and {@code report} (writing a finished report as JSON). The cost a
 * group of rules adds is its figure minus {@code analyse}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StageBenchmark -p corpus=../shared/corpus/dev.jsonl
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

  @Param({"../shared/corpus/dev.jsonl"})
  public String corpus;

  private List<Post> posts;
  private Report[] reports;
  private PostAnalyzer analyzer;
  private ComplianceChecker all;
  private ComplianceChecker privacy;
  private ComplianceChecker rules;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    posts = Corpus.load(corpus);
    analyzer = new PostAnalyzer("en-GB");
    all = ComplianceChecker.builder().build();
    privacy = only(all, true);
    rules = only(all, false);
    reports = posts.stream().map(all::check).toArray(Report[]::new);
  }

  /** A checker running just the privacy rules, or just the others. */
  private static ComplianceChecker only(ComplianceChecker full, boolean privacyRules) {
    Policy p = Policy.standard();
    for (RuleInfo r : full.rules()) {
      if ((r.category() == Category.PRIVACY) != privacyRules) {
        p = p.disable(r.id());
      }
    }
    return ComplianceChecker.builder().policy(p).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    all.close();
    privacy.close();
    rules.close();
  }

  private int advance() {
    int i = next;
    next = i + 1 == posts.size() ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public NormalizedText normalise() {
    return Normalizer.normalize(posts.get(advance()).text());
  }

  @Benchmark
  public AnalyzedPost analyse() {
    return analyzer.analyze(posts.get(advance()));
  }

  @Benchmark
  public AnalyzedPost analysePos() {
    AnalyzedPost a = analyzer.analyze(posts.get(advance()));
    for (int i = 0; i < a.tokens().size(); i++) {
      a.pos(i);
    }
    return a;
  }

  @Benchmark
  public Report privacy() {
    return privacy.check(posts.get(advance()));
  }

  @Benchmark
  public Report rules() {
    return rules.check(posts.get(advance()));
  }

  @Benchmark
  public Report all() {
    return all.check(posts.get(advance()));
  }

  @Benchmark
  public String report() {
    StringWriter w = new StringWriter(512);
    ReportJson.write(w, "p", reports[advance()]);
    return w.toString();
  }
}
