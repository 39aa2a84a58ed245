package org.healthsocialtools.internal.match;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;

/**
 * Feeds the tokens the analysis already made into Lucene, so the post is not tokenised twice. Emits
 * each token's match key with its normalised-text offsets. Punctuation, URLs, e-mails and mentions
 * are left out; a sentence boundary adds a position gap so that no phrase matches across sentences.
 */
final class KeyTokenStream extends TokenStream {

  static final int SENTENCE_GAP = 50;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final List<Token> tokens;
  private int next;
  private int lastSentence;
  private int lastEnd;

  KeyTokenStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  static boolean indexed(TokenType t) {
    return t == TokenType.WORD
        || t == TokenType.NUMBER
        || t == TokenType.HASHTAG
        || t == TokenType.EMOJI;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      if (!indexed(t.type())) {
        continue;
      }
      term.setEmpty().append(t.key());
      int start = t.type() == TokenType.HASHTAG ? t.start() + 1 : t.start();
      offset.setOffset(start, t.end());
      posInc.setPositionIncrement(t.sentence() != lastSentence ? SENTENCE_GAP : 1);
      lastSentence = t.sentence();
      lastEnd = t.end();
      return true;
    }
    return false;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(lastEnd, lastEnd);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    lastSentence = 0;
    lastEnd = 0;
  }
}
