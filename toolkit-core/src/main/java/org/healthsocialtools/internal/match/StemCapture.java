package org.healthsocialtools.internal.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The KStem form of each key of a post, through one reused {@link KStemFilter} per thread (building a filter per
 * post cost more than stemming). A key the stemmer leaves alone is returned as the same string, not a copy.
 */
final class StemCapture {

  private static final ThreadLocal<StemCapture> PER_THREAD = ThreadLocal.withInitial(StemCapture::new);

  private final KeySource source = new KeySource();
  private final KStemFilter filter = new KStemFilter(source);
  private final CharTermAttribute term = filter.getAttribute(CharTermAttribute.class);

  private StemCapture() {}

  /** Writes the stem of {@code keys[i]} to {@code out[i]} for each {@code i < n}. */
  static void stems(String[] keys, int n, String[] out) {
    PER_THREAD.get().run(keys, n, out);
  }

  private void run(String[] keys, int n, String[] out) {
    source.keys = keys;
    source.n = n;
    try {
      filter.reset();
      for (int i = 0; i < n && filter.incrementToken(); i++) {
        out[i] = keys[i].contentEquals(term) ? keys[i] : term.toString();
      }
      filter.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      source.keys = null;
    }
  }

  /** Emits the keys of an array as terms, one per call. */
  private static final class KeySource extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    String[] keys;
    int n;
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= n) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(keys[next++]);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
