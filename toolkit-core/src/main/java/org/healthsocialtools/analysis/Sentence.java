package org.healthsocialtools.analysis;

/**
 * A sentence of the normalised text.
 *
 * @param start first UTF-16 unit in the normalised text
 * @param end end, exclusive
 * @param firstToken index of its first token
 * @param tokenEnd index after its last token
 */
public record Sentence(int start, int end, int firstToken, int tokenEnd) {

  public int tokenCount() {
    return tokenEnd - firstToken;
  }
}
