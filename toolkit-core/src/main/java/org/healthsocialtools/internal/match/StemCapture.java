package org.healthsocialtools.internal.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The KStem form of each key of a post, through one reused {@link KStemFilter} per thread (building
 * a filter per post cost more than stemming). A key the stemmer leaves alone is returned as the
 * same string, not a copy.
 *
 * <p>Stems are remembered in a cache shared by all threads: one hash lookup instead of KStem's
 * dictionary probes, since the words of posts repeat. The cache stops growing at {@link
 * #CACHE_LIMIT} entries (a few megabytes), so a stream of made-up words cannot grow it without
 * bound; a word outside it is simply stemmed again. KStem stems each word alone, so a cached stem
 * is the one the filter would give.
 */
final class StemCapture {

  static final int CACHE_LIMIT = 30_000;

  private static final ThreadLocal<StemCapture> PER_THREAD =
      ThreadLocal.withInitial(StemCapture::new);
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>(1 << 12);

  private final KeySource source = new KeySource();
  private final KStemFilter filter = new KStemFilter(source);
  private final CharTermAttribute term = filter.getAttribute(CharTermAttribute.class);

  private StemCapture() {}

  /** Writes the stem of {@code keys[i]} to {@code out[i]} for each {@code i < n}. */
  static void stems(String[] keys, int n, String[] out) {
    PER_THREAD.get().run(keys, n, out);
  }

  private void run(String[] keys, int n, String[] out) {
    int[] misses = null;
    int m = 0;
    for (int i = 0; i < n; i++) {
      String cached = CACHE.get(keys[i]);
      if (cached != null) {
        out[i] = cached;
      } else {
        if (misses == null) {
          misses = new int[n - i];
        }
        misses[m++] = i;
      }
    }
    if (m == 0) {
      return;
    }
    source.keys = keys;
    source.order = misses;
    source.n = m;
    try {
      filter.reset();
      for (int k = 0; k < m && filter.incrementToken(); k++) {
        String key = keys[misses[k]];
        String stem = key.contentEquals(term) ? key : term.toString();
        out[misses[k]] = stem;
        if (CACHE.size() < CACHE_LIMIT) {
          CACHE.putIfAbsent(key, stem);
        }
      }
      filter.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      source.keys = null;
      source.order = null;
    }
  }

  /**
   * Emits {@code keys[order[0]]}, {@code keys[order[1]]} ... {@code keys[order[n - 1]]} as terms,
   * one per call.
   */
  private static final class KeySource extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    String[] keys;
    int[] order;
    int n;
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= n) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(keys[order[next++]]);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
