package org.healthsocialtools.internal.match;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.internal.nlp.Tokenizer;
import org.healthsocialtools.internal.text.Normalizer;

/**
 * Every term and phrase of every term rule, compiled into Lucene queries over two fields of a post: {@code exact}
 * (token match keys: case, accents and possessives folded) and {@code stem} (the same through Lucene's KStem
 * filter, so "suffers", "suffering" and "suffered" meet "suffer"). Phrases are analysed by the same chain as posts.
 *
 * <p>Matching works like lucene-monitor's term-filtered presearcher, without its per-post cost: each query is
 * filed at build time under one of the terms it requires, so a post's tokens pick out the few candidate queries
 * by hash lookup, and a post with no candidate (most posts, for most rules) never touches Lucene. Candidates run
 * against the post in a reused {@link MemoryIndex}, and Lucene's {@link Matches} give the offsets of each hit.
 * Thread-safe. {@code TermIndexMonitorTest} checks that the results equal lucene-monitor's own.
 */
public final class TermIndex implements AutoCloseable {

  static final String EXACT = "exact";
  static final String STEM = "stem";

  private static final ThreadLocal<MemoryIndex> MEMORY = ThreadLocal.withInitial(() -> new MemoryIndex(true, false));

  private final Query[] queries;
  private final Map<String, int[]> byExactKey;
  private final Map<String, int[]> byStemKey;
  private final AnalyzedPost.Key<Hits> key = new AnalyzedPost.Key<>("term-hits@" + System.identityHashCode(this));

  private TermIndex(Query[] queries, Map<String, int[]> byExactKey, Map<String, int[]> byStemKey) {
    this.queries = queries;
    this.byExactKey = byExactKey;
    this.byStemKey = byStemKey;
  }

  /** Hits of every registered phrase in one post, by handle. Offsets are in the normalised text. */
  public static final class Hits {
    private final List<int[]>[] byHandle;
    /** Per handle, lazily: index of the hit with the largest end among the first k+1 hits. */
    private int[][] widest;

    @SuppressWarnings("unchecked")
    Hits(int size) {
      this.byHandle = new List[size];
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
      if (widest == null) {
        widest = new int[byHandle.length][];
      }
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
    private final List<Query> queries = new ArrayList<>();
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> stem = new HashMap<>();

    /**
     * Registers phrases that share one handle. A phrase may use braces for alternatives: {@code {suffer,suffers}
     * from}.
     *
     * @throws IllegalArgumentException if a phrase has no words
     */
    public int add(List<String> phrases, boolean stemmed) {
      int handle = queries.size();
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int clauses = 0;
      for (String phrase : phrases) {
        for (String variant : Braces.expand(phrase)) {
          List<String> keys = keys(variant, stemmed);
          if (keys.isEmpty()) {
            throw new IllegalArgumentException("phrase '" + variant + "' has no words");
          }
          String field = stemmed ? STEM : EXACT;
          any.add(keys.size() == 1 ? new TermQuery(new Term(field, keys.get(0)))
              : new PhraseQuery(field, keys.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
          clauses++;
          (stemmed ? stem : exact).computeIfAbsent(rarest(keys), k -> new ArrayList<>(1)).add(handle);
        }
      }
      if (clauses == 0) {
        throw new IllegalArgumentException("no phrases given");
      }
      BooleanQuery q = any.build();
      queries.add(clauses == 1 ? q.clauses().get(0).getQuery() : q);
      return handle;
    }

    /**
     * Registers guard phrases (exceptions, proximity words) under their own handle. They cost nothing extra: like
     * every phrase, a guard is only run against a post that holds the word it is filed under.
     */
    public int addGuard(List<String> phrases, boolean stemmed) {
      return add(phrases, stemmed);
    }

    public TermIndex build() {
      return new TermIndex(queries.toArray(Query[]::new), freeze(exact), freeze(stem));
    }

    /** The longest key stands in for the rarest: "from" is everywhere, "sufferer" is not. */
    private static String rarest(List<String> keys) {
      String best = keys.get(0);
      for (String k : keys) {
        if (k.length() > best.length()) {
          best = k;
        }
      }
      return best;
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> m) {
      Map<String, int[]> out = new HashMap<>(m.size() * 2);
      m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
      return out;
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

  private static final Analyzer STEMMER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      WhitespaceTokenizer src = new WhitespaceTokenizer();
      return new TokenStreamComponents(src, new KStemFilter(src));
    }
  };

  private static List<String> stemAll(List<String> keys) {
    List<String> out = new ArrayList<>(keys.size());
    try (TokenStream ts = STEMMER.tokenStream(STEM, new StringReader(String.join(" ", keys)))) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Hits of guard phrases ({@link Builder#addGuard}); the same single pass as {@link #hits}. */
  public Hits guardHits(AnalyzedPost post) {
    return hits(post);
  }

  /** The compiled queries by handle (for the lucene-monitor cross-check). */
  Query[] queries() {
    return queries.clone();
  }

  /** All phrase hits in {@code post}, computed once per post and shared by every term rule. */
  public Hits hits(AnalyzedPost post) {
    return post.shared(key, this::match);
  }

  private Hits match(AnalyzedPost post) {
    Hits hits = new Hits(queries.length);
    List<Token> tokens = post.tokens();
    if (queries.length == 0 || tokens.isEmpty()) {
      return hits;
    }
    List<String> stems = byStemKey.isEmpty() ? List.of() : StemCapture.stems(tokens);
    BitSet candidates = null;
    int s = 0;
    for (Token t : tokens) {
      if (!KeyTokenStream.indexed(t.type())) {
        continue;
      }
      candidates = collect(byExactKey.get(t.key()), candidates);
      if (!stems.isEmpty()) {
        candidates = collect(byStemKey.get(stems.get(s)), candidates);
      }
      s++;
    }
    if (candidates == null) {
      return hits;
    }
    MemoryIndex index = MEMORY.get();
    index.reset();
    try {
      index.addField(EXACT, new KeyTokenStream(tokens));
      if (!stems.isEmpty()) {
        index.addField(STEM, new KStemFilter(new KeyTokenStream(tokens)));
      }
      IndexSearcher searcher = index.createSearcher();
      LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
      for (int h = candidates.nextSetBit(0); h >= 0; h = candidates.nextSetBit(h + 1)) {
        Weight w = searcher.createWeight(searcher.rewrite(queries[h]), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Matches m = w.matches(leaf, 0);
        if (m == null) {
          continue;
        }
        for (String field : m) {
          MatchesIterator it = m.getMatches(field);
          while (it != null && it.next()) {
            hits.add(h, it.startOffset(), it.endOffset());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.reset();
    }
    for (List<int[]> l : hits.byHandle) {
      if (l != null && l.size() > 1) {
        l.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      }
    }
    return hits;
  }

  private BitSet collect(int[] handles, BitSet into) {
    if (handles == null) {
      return into;
    }
    BitSet b = into != null ? into : new BitSet(queries.length);
    for (int h : handles) {
      b.set(h);
    }
    return b;
  }

  /** Nothing to release: the per-thread memory indexes are reset after every post. */
  @Override
  public void close() {}
}
