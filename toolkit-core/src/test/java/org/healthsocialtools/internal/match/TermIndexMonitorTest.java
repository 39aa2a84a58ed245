package org.healthsocialtools.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.internal.PostAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link TermIndex} must find exactly what lucene-monitor finds with the same
 * queries: same phrases matched, same offsets. This small fixed set covers stemmed and exact
 * handles; BundledTermIndexMonitorTest in compliance-rules runs the same comparison over every
 * bundled term rule and every example.
 */
class TermIndexMonitorTest {

  private static final List<List<String>> PHRASES =
      List.of(
          List.of("{suffer,sufferer} from", "sufferer"),
          List.of("wheelchair-bound", "confined to a wheelchair"),
          List.of("diabetics"),
          List.of("miracle cure", "wonder drug"),
          List.of("frequent flyer"),
          List.of("A&E"),
          List.of("committed suicide"),
          List.of("skinny jab", "weight loss injection"),
          List.of("the elderly"));

  private static final List<String> POSTS =
      List.of(
          "Did you know 1 in 10 adults suffers from diabetes? Diabetics get free checks.",
          "Asthma sufferers, and those who suffered from flu: the wheelchair-bound man was confined to a wheelchair.",
          "This miracle cure! A wonder drug for the elderly. Frequent flyers welcome at A&E.",
          "Get your skinny jab today: weight-loss injections half price.",
          "He committed suicide. She is committed to suicide prevention.",
          "Nothing here at all.",
          "");

  @Test
  void fastPathEqualsLuceneMonitor() throws Exception {
    TermIndex.Builder b = TermIndex.builder();
    for (int i = 0; i < PHRASES.size(); i++) {
      b.add(PHRASES.get(i), i % 3 != 2);
    }
    List<Integer> matchedHandles = new ArrayList<>();
    TermIndex index = b.build();
    PostAnalyzer analyzer = new PostAnalyzer("en-GB");
    try (Monitor monitor = new Monitor(new KeywordAnalyzer())) {
      Object[] queries = index.queries();
      for (int h = 0; h < queries.length; h++) {
        monitor.register(
            new MonitorQuery(Integer.toString(h), (org.apache.lucene.search.Query) queries[h]));
      }
      for (String text : POSTS) {
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
        matchedHandles.addAll(reference.keySet());
      }
      // Not vacuous: the reference matched a stemmed handle (0) and an exact one (2).
      assertThat(matchedHandles).contains(0, 2);
    }
  }
}
