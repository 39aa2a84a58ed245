package org.healthsocialtools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Finding;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Post;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.internal.PostAnalyzer;
import org.healthsocialtools.internal.kinds.IndexedRule;
import org.healthsocialtools.internal.match.TermIndex;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleProvider;

/**
 * Which rules cost most: times each bundled rule over a corpus, every post analysed afresh per
 * round so that per-post caches are paid for (by the first rule that asks: term hits land on the
 * first term rule). Prints the rules by total time, costliest first, in microseconds per post. Not
 * a JMH benchmark: a profile aid.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.healthsocialtools.bench.RuleCost ../shared/corpus/dev.jsonl [rounds]
 * </pre>
 */
public final class RuleCost {

  private RuleCost() {}

  public static void main(String[] args) throws Exception {
    List<Post> posts = Corpus.load(args.length > 0 ? args[0] : "../shared/corpus/dev.jsonl");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    RuleContext ctx = new RuleContext(OrganisationProfile.none(), "en-GB");
    TermIndex.Builder b = TermIndex.builder();
    AtomicReference<TermIndex> built = new AtomicReference<>();
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class)) {
      for (Rule r : p.rules(ctx)) {
        rules.add(r instanceof IndexedRule ir ? ir.compile(b, built::get) : r);
      }
    }
    built.set(b.build());
    PostAnalyzer analyzer = new PostAnalyzer("en-GB");
    long[] nanos = new long[rules.size()];
    long analysis = 0;
    FindingSink sink =
        new FindingSink() {
          @Override
          public void report(int s, int e, Severity v, String m, String g, Explanation x) {}

          @Override
          public List<Finding> findingsSoFar() {
            return List.of();
          }
        };
    for (int round = 0; round < rounds; round++) {
      boolean counted = round >= rounds / 4;
      for (Post post : posts) {
        long a0 = System.nanoTime();
        AnalyzedPost a = analyzer.analyze(post);
        long a1 = System.nanoTime();
        if (counted) {
          analysis += a1 - a0;
        }
        for (int i = 0; i < rules.size(); i++) {
          Rule r = rules.get(i);
          if (!r.info().appliesTo(a.language(), a.region())) {
            continue;
          }
          long t0 = System.nanoTime();
          r.check(a, sink);
          if (counted) {
            nanos[i] += System.nanoTime() - t0;
          }
        }
      }
    }
    double per = (double) posts.size() * (rounds - rounds / 4) * 1000;
    List<Integer> order = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < rules.size(); i++) {
      order.add(i);
      total += nanos[i];
    }
    order.sort((x, y) -> Long.compare(nanos[y], nanos[x]));
    System.out.printf(
        Locale.ROOT,
        "analysis %8.2f us/post%nall rules %7.2f us/post (%d rules)%n",
        analysis / per,
        total / per,
        rules.size());
    for (int k = 0; k < Math.min(30, order.size()); k++) {
      int i = order.get(k);
      System.out.printf(Locale.ROOT, "%8.2f us  %s%n", nanos[i] / per, rules.get(i).info().id());
    }
  }
}
