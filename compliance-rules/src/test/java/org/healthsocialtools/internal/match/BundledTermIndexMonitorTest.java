package org.healthsocialtools.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.internal.PostAnalyzer;
import org.healthsocialtools.internal.kinds.IndexedRule;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rules.BundledRules;
import org.junit.jupiter.api.Test;

/**
 * The term index's fast path finds exactly what lucene-monitor finds with the same queries, over
 * every phrase of every bundled term rule (as one checker's shared index holds them) and every
 * example of every bundled rule: the same phrases matched at the same offsets. The examples are
 * where the rules' phrases actually occur, so the comparison covers hits, near misses and
 * exceptions, not only silence.
 */
class BundledTermIndexMonitorTest {

  @Test
  void fastPathEqualsLuceneMonitorOverEveryBundledTermRule() throws Exception {
    List<Rule> rules =
        new BundledRules().rules(new RuleContext(OrganisationProfile.none(), "en-GB"));
    TermIndex.Builder b = TermIndex.builder();
    int termRules = 0;
    for (Rule r : rules) {
      if (r instanceof IndexedRule ir) {
        ir.compile(b, () -> null);
        termRules++;
      }
    }
    TermIndex index = b.build();
    Set<String> posts = new LinkedHashSet<>();
    for (Rule r : rules) {
      for (Example e : r.info().examples()) {
        posts.add(e.input());
      }
    }
    PostAnalyzer analyzer = new PostAnalyzer("en-GB");
    int compared = 0;
    int hitCount = 0;
    try (Monitor monitor = new Monitor(new KeywordAnalyzer())) {
      Object[] queries = index.queries();
      for (int h = 0; h < queries.length; h++) {
        monitor.register(
            new MonitorQuery(Integer.toString(h), (org.apache.lucene.search.Query) queries[h]));
      }
      for (String text : posts) {
        AnalyzedPost post = analyzer.analyze(Post.of(text));
        Map<Integer, List<String>> fast = new TreeMap<>();
        TermIndex.Hits hits = index.hits(post);
        for (int h = 0; h < queries.length; h++) {
          for (int[] hit : hits.of(h)) {
            fast.computeIfAbsent(h, k -> new ArrayList<>()).add(hit[0] + "-" + hit[1]);
          }
        }
        Map<Integer, List<String>> reference = new TreeMap<>();
        if (!post.tokens().isEmpty()) {
          Document doc = new Document();
          doc.add(new TextField(TermIndex.EXACT, new KeyTokenStream(post.tokens())));
          doc.add(
              new TextField(TermIndex.STEM, new KStemFilter(new KeyTokenStream(post.tokens()))));
          for (HighlightsMatch m : monitor.match(doc, HighlightsMatch.MATCHER).getMatches()) {
            for (String field : m.getFields()) {
              for (HighlightsMatch.Hit hit : m.getHits(field)) {
                reference
                    .computeIfAbsent(Integer.parseInt(m.getQueryId()), k -> new ArrayList<>())
                    .add(hit.startOffset + "-" + hit.endOffset);
              }
            }
          }
        }
        reference.values().forEach(l -> l.sort(null));
        fast.values().forEach(l -> l.sort(null));
        assertThat(fast).as(text).isEqualTo(reference);
        compared++;
        hitCount += reference.values().stream().mapToInt(List::size).sum();
      }
    }
    // Not vacuous: the bundled packs hold many term rules, and their flagged examples set off many
    // phrases.
    assertThat(termRules).as("term rules").isGreaterThan(20);
    assertThat(compared).as("examples compared").isGreaterThan(100);
    assertThat(hitCount).as("phrase hits compared").isGreaterThan(50);
  }
}
