package org.healthsocialtools.internal.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.healthsocialtools.analysis.Token;

/** The KStem form of each indexed token of a post, in order (one entry per token {@link KeyTokenStream} emits). */
final class StemCapture {

  private StemCapture() {}

  static List<String> stems(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    try (TokenStream ts = new KStemFilter(new KeyTokenStream(tokens))) {
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
}
