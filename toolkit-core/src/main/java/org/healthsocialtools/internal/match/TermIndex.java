package org.healthsocialtools.internal.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.internal.nlp.Tokenizer;
import org.healthsocialtools.internal.text.Normalizer;

/**
 * Every term and phrase of every term rule, matched against two fields of a post: {@code exact}
 * (token match keys: case, accents and possessives folded) and {@code stem} (the same through
 * Lucene's KStem filter, so "suffers", "suffering" and "suffered" meet "suffer"). Phrases are
 * analysed by the same chain as posts.
 *
 * <p>Matching finds what Lucene phrase queries over a one-document index of the post would
 * (lucene-monitor's results; {@code TermIndexMonitorTest} checks that they are equal), without
 * Lucene's per-post cost: each phrase variant is filed at build time under the rarest of its keys,
 * so one pass over a post's keys picks out the few candidates by hash lookup and compares them in
 * place (see {@link PhraseTable}). Thread-safe.
 */
public final class TermIndex implements AutoCloseable {

  static final String EXACT = "exact";
  static final String STEM = "stem";

  /**
   * Per handle: whether its phrases are stemmed, and the keys of each variant (for {@link
   * #queries()}).
   */
  private final List<Handle> handles;

  private final PhraseTable exact;
  private final PhraseTable stem;
  private final AnalyzedPost.Key<Hits> key =
      new AnalyzedPost.Key<>("term-hits@" + System.identityHashCode(this));

  private record Handle(boolean stemmed, List<List<String>> variants) {}

  private TermIndex(List<Handle> handles, PhraseTable exact, PhraseTable stem) {
    this.handles = handles;
    this.exact = exact;
    this.stem = stem;
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
     * A hit of {@code handle} that starts before {@code before} and ends after {@code after}, or
     * {@code null}. With {@code (end, start)} of a span, that is a hit overlapping it. Logarithmic
     * time (binary search over hits in start order and a running maximum of ends), so guards that
     * test every hit against every other stay linear.
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

    /** Handles with at least one hit, in the order first hit; sorted on first {@link #hitIn}. */
    private int[] hit = new int[8];

    private int hitCount;
    private boolean hitSorted;

    /**
     * The handles in {@code [from, to)} with at least one hit, ascending. Lets a rule with many
     * phrases visit only those the post holds instead of every handle it owns.
     */
    public int[] hitIn(int from, int to) {
      if (!hitSorted) {
        Arrays.sort(hit, 0, hitCount);
        hitSorted = true;
      }
      int lo = Arrays.binarySearch(hit, 0, hitCount, from);
      lo = lo < 0 ? -lo - 1 : lo;
      int hi = Arrays.binarySearch(hit, 0, hitCount, to);
      hi = hi < 0 ? -hi - 1 : hi;
      return Arrays.copyOfRange(hit, lo, hi);
    }

    void add(int handle, int start, int end) {
      if (byHandle[handle] == null) {
        byHandle[handle] = new ArrayList<>(2);
        if (hitCount == hit.length) {
          hit = Arrays.copyOf(hit, hitCount * 2);
        }
        hit[hitCount++] = handle;
        hitSorted = false;
      }
      byHandle[handle].add(new int[] {start, end});
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects phrases; each {@link #add} returns the handle its hits are filed under. */
  public static final class Builder {
    private final List<Handle> handles = new ArrayList<>();
    private final PhraseTable.Builder exact = new PhraseTable.Builder();
    private final PhraseTable.Builder stem = new PhraseTable.Builder();

    /**
     * Registers phrases that share one handle. A phrase may use braces for alternatives: {@code
     * {suffer,suffers} from}.
     *
     * @throws IllegalArgumentException if a phrase has no words
     */
    public int add(List<String> phrases, boolean stemmed) {
      int handle = handles.size();
      List<List<String>> variants = new ArrayList<>();
      for (String phrase : phrases) {
        for (String variant : Braces.expand(phrase)) {
          List<String> keys = keys(variant, stemmed);
          if (keys.isEmpty()) {
            throw new IllegalArgumentException("phrase '" + variant + "' has no words");
          }
          variants.add(List.copyOf(keys));
        }
      }
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("no phrases given");
      }
      for (List<String> keys : variants) {
        (stemmed ? stem : exact).add(handle, keys);
      }
      handles.add(new Handle(stemmed, List.copyOf(variants)));
      return handle;
    }

    /**
     * Registers guard phrases (exceptions, proximity words) under their own handle. They cost
     * nothing extra: like every phrase, a guard is only compared with a post that holds the word it
     * is filed under.
     */
    public int addGuard(List<String> phrases, boolean stemmed) {
      return add(phrases, stemmed);
    }

    public TermIndex build() {
      return new TermIndex(List.copyOf(handles), exact.build(), stem.build());
    }
  }

  /**
   * Checks a phrase as {@link Builder#add} would, so a rule pack fails at load, naming the rule,
   * rather than when a checker is built.
   *
   * @throws IllegalArgumentException if a brace group is unclosed, expands too far, or a variant
   *     has no words
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

  /**
   * The KStem forms of a phrase's keys, by the same stemmer posts go through ({@link StemCapture}).
   */
  private static List<String> stemAll(List<String> keys) {
    String[] in = keys.toArray(String[]::new);
    String[] out = new String[in.length];
    StemCapture.stems(in, in.length, out);
    return List.of(out);
  }

  /** Hits of guard phrases ({@link Builder#addGuard}); the same single pass as {@link #hits}. */
  public Hits guardHits(AnalyzedPost post) {
    return hits(post);
  }

  /**
   * Each handle's phrases as the Lucene query that defines its hits: a term or phrase query per
   * variant, several joined by a disjunction. Only the lucene-monitor cross-check needs them, so
   * they are built on request.
   */
  Query[] queries() {
    Query[] out = new Query[handles.size()];
    for (int h = 0; h < out.length; h++) {
      Handle handle = handles.get(h);
      String field = handle.stemmed() ? STEM : EXACT;
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (List<String> keys : handle.variants()) {
        any.add(
            keys.size() == 1
                ? new TermQuery(new Term(field, keys.get(0)))
                : new PhraseQuery(field, keys.toArray(String[]::new)),
            BooleanClause.Occur.SHOULD);
      }
      BooleanQuery q = any.build();
      out[h] = handle.variants().size() == 1 ? q.clauses().get(0).getQuery() : q;
    }
    return out;
  }

  /** All phrase hits in {@code post}, computed once per post and shared by every term rule. */
  public Hits hits(AnalyzedPost post) {
    return post.shared(key, this::match);
  }

  private Hits match(AnalyzedPost post) {
    Hits hits = new Hits(handles.size());
    List<Token> tokens = post.tokens();
    if (handles.isEmpty() || tokens.isEmpty()) {
      return hits;
    }
    // The post's terms as KeyTokenStream gives them to Lucene: indexed tokens only, a position gap
    // between
    // sentences, a hashtag's offsets without its '#'.
    int size = tokens.size();
    String[] keys = new String[size];
    int[] pos = new int[size];
    int[] start = new int[size];
    int[] end = new int[size];
    int n = 0;
    int position = 0;
    int lastSentence = 0;
    for (Token t : tokens) {
      if (!KeyTokenStream.indexed(t.type())) {
        continue;
      }
      position += t.sentence() != lastSentence ? KeyTokenStream.SENTENCE_GAP : 1;
      lastSentence = t.sentence();
      keys[n] = t.key();
      pos[n] = position;
      start[n] = t.type() == TokenType.HASHTAG ? t.start() + 1 : t.start();
      end[n] = t.end();
      n++;
    }
    if (n == 0) {
      return hits;
    }
    exact.match(keys, pos, start, end, n, hits);
    if (!stem.isEmpty()) {
      String[] stems = new String[n];
      StemCapture.stems(keys, n, stems);
      stem.match(stems, pos, start, end, n, hits);
    }
    for (List<int[]> l : hits.byHandle) {
      if (l != null && l.size() > 1) {
        l.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      }
    }
    return hits;
  }

  /** Nothing to release: the per-thread stemmers hold no post after it is matched. */
  @Override
  public void close() {}
}
