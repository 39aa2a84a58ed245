package org.healthsocialtools.internal.match;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.internal.nlp.Tokenizer;
import org.healthsocialtools.internal.text.Normalizer;

/**
 * Every term and phrase of every term rule, compiled into Lucene queries and registered in one lucene-monitor
 * {@link Monitor}, so one post is matched against all of them in a single pass instead of rule by rule. Phrases
 * are analysed by the same chain as posts ({@link Tokenizer#key}), so case, accents and possessives never need
 * spelling out; with {@code stem} the light KStem stemmer also folds inflections ("suffers", "suffering" and
 * "suffered" meet "suffer"). Thread-safe. Close it to stop the monitor's purge thread.
 */
public final class TermIndex implements Closeable {

  static final String EXACT = "exact";
  static final String STEM = "stem";

  private final Monitor monitor;
  private final int size;
  private final AnalyzedPost.Key<Hits> key = new AnalyzedPost.Key<>("term-hits@" + System.identityHashCode(this));

  private TermIndex(Monitor monitor, int size) {
    this.monitor = monitor;
    this.size = size;
  }

  /** Hits of every registered phrase in one post, by handle. Offsets are in the normalised text. */
  public static final class Hits {
    private final List<int[]>[] byHandle;
    /** Per handle, lazily: index of the hit with the largest end among the first k+1 hits. */
    private final int[][] widest;

    @SuppressWarnings("unchecked")
    Hits(int size) {
      this.byHandle = new List[size];
      this.widest = new int[size][];
    }

    /** {@code [start, end)} pairs, in text order; empty when the phrase did not match. */
    public List<int[]> of(int handle) {
      List<int[]> l = byHandle[handle];
      return l == null ? List.of() : l;
    }

    /**
     * A hit of {@code handle} that starts before {@code before} and ends after {@code after}, or {@code null}. With
     * {@code (end, start)} of a span, that is a hit overlapping it. Logarithmic time (binary search over hits in
     * start order and a running maximum of ends), so guards that test every hit against every other stay linear.
     */
    public int[] startingBeforeEndingAfter(int handle, int before, int after) {
      List<int[]> l = of(handle);
      int lo = 0;
      int hi = l.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (l.get(mid)[0] < before) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == 0) {
        return null;
      }
      int[] w = widest(handle, l);
      int[] best = l.get(w[lo - 1]);
      return best[1] > after ? best : null;
    }

    private int[] widest(int handle, List<int[]> l) {
      int[] w = widest[handle];
      if (w == null) {
        w = new int[l.size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = i == 0 || l.get(i)[1] > l.get(w[i - 1])[1] ? i : w[i - 1];
        }
        widest[handle] = w;
      }
      return w;
    }

    void add(int handle, int start, int end) {
      if (byHandle[handle] == null) {
        byHandle[handle] = new ArrayList<>(2);
      }
      byHandle[handle].add(new int[] {start, end});
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects phrases; each {@link #add} returns the handle its hits are filed under. */
  public static final class Builder {
    private final List<MonitorQuery> queries = new ArrayList<>();

    /**
     * Registers phrases that share one handle. A phrase may use braces for alternatives: {@code {suffer,suffers}
     * from}.
     *
     * @throws IllegalArgumentException if a phrase has no words
     */
    public int add(List<String> phrases, boolean stem) {
      int handle = queries.size();
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int clauses = 0;
      for (String phrase : phrases) {
        for (String variant : Braces.expand(phrase)) {
          Query q = phraseQuery(variant, stem);
          any.add(q, BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      if (clauses == 0) {
        throw new IllegalArgumentException("no phrases given");
      }
      queries.add(new MonitorQuery(Integer.toString(handle), clauses == 1 ? onlyClause(any) : any.build()));
      return handle;
    }

    private static Query onlyClause(BooleanQuery.Builder b) {
      return b.build().clauses().get(0).getQuery();
    }

    public TermIndex build() {
      try {
        MonitorConfiguration config = new MonitorConfiguration().setPurgeFrequency(1, TimeUnit.DAYS);
        Monitor monitor = new Monitor(new KeywordAnalyzer(), config);
        if (!queries.isEmpty()) {
          monitor.register(queries);
        }
        return new TermIndex(monitor, queries.size());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Checks a phrase as {@link Builder#add} would, so a rule pack fails at load, naming the rule, rather than when a
   * checker is built.
   *
   * @throws IllegalArgumentException if a brace group is unclosed, expands too far, or a variant has no words
   */
  public static void validate(String phrase) {
    for (String variant : Braces.expand(phrase)) {
      if (keys(variant, false).isEmpty()) {
        throw new IllegalArgumentException("phrase '" + phrase + "' has no words");
      }
    }
  }

  /** The analysed keys of one phrase, as posts' tokens would give them. */
  static List<String> keys(String phrase, boolean stem) {
    String text = Normalizer.normalize(phrase).text();
    List<String> keys = new ArrayList<>();
    for (Tokenizer.Raw r : Tokenizer.get().tokenize(text)) {
      if (KeyTokenStream.indexed(r.type())) {
        keys.add(r.key());
      }
    }
    return stem ? stemAll(keys) : keys;
  }

  private static List<String> stemAll(List<String> keys) {
    try {
      return stemViaAnalyzer(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Analyzer STEMMER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      org.apache.lucene.analysis.core.WhitespaceTokenizer src = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
      return new TokenStreamComponents(src, new KStemFilter(src));
    }
  };

  private static List<String> stemViaAnalyzer(List<String> keys) throws IOException {
    List<String> out = new ArrayList<>(keys.size());
    try (TokenStream ts = STEMMER.tokenStream(STEM, new StringReader(String.join(" ", keys)))) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  private static Query phraseQuery(String phrase, boolean stem) {
    List<String> keys = keys(phrase, stem);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("phrase '" + phrase + "' has no words");
    }
    String field = stem ? STEM : EXACT;
    if (keys.size() == 1) {
      return new TermQuery(new Term(field, keys.get(0)));
    }
    return new PhraseQuery(field, keys.toArray(String[]::new));
  }

  /** All phrase hits in {@code post}, computed once per post and shared by every term rule. */
  public Hits hits(AnalyzedPost post) {
    return post.shared(key, this::match);
  }

  private Hits match(AnalyzedPost post) {
    Hits hits = new Hits(size);
    List<Token> tokens = post.tokens();
    if (size == 0 || tokens.isEmpty()) {
      return hits;
    }
    Document doc = new Document();
    doc.add(new TextField(EXACT, new KeyTokenStream(tokens)));
    doc.add(new TextField(STEM, new KStemFilter(new KeyTokenStream(tokens))));
    try {
      MatchingQueries<HighlightsMatch> m = monitor.match(doc, HighlightsMatch.MATCHER);
      for (HighlightsMatch match : m.getMatches()) {
        int handle = Integer.parseInt(match.getQueryId());
        for (String field : match.getFields()) {
          for (HighlightsMatch.Hit h : match.getHits(field)) {
            hits.add(handle, h.startOffset, h.endOffset);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (List<int[]> l : hits.byHandle) {
      if (l != null && l.size() > 1) {
        l.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      }
    }
    return hits;
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
