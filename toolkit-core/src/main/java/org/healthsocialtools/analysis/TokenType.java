package org.healthsocialtools.analysis;

/** What a token is, as decided once by the tokenizer. */
public enum TokenType {
  WORD,
  NUMBER,
  URL,
  EMAIL,
  HASHTAG,
  MENTION,
  EMOJI,
  PUNCT
}
