package org.healthsocialtools.analysis;

/**
 * One token of a post's normalised text.
 *
 * @param index position in {@link AnalyzedPost#tokens()}
 * @param start first UTF-16 unit in the normalised text (for hashtags and mentions, the {@code #}
 *     or {@code @})
 * @param end end, exclusive, in the normalised text
 * @param text the token as it stands in the normalised text
 * @param key the match form: lower case, diacritics folded, curly apostrophes straightened, a
 *     trailing possessive {@code 's} removed; hashtags and mentions without their sign. Rule terms
 *     are analysed to the same form, so a rule and a post meet on equal terms.
 * @param type what kind of token
 * @param sentence index into {@link AnalyzedPost#sentences()}
 */
public record Token(
    int index, int start, int end, String text, String key, TokenType type, int sentence) {

  public boolean isWord() {
    return type == TokenType.WORD;
  }

  /** First letter upper case, the rest not all upper case: {@code Margaret}, {@code McDonald}. */
  public boolean isCapitalised() {
    if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return text.length() == 1;
  }

  /** Every letter upper case and at least two letters: {@code NHS}, {@code STOP}. */
  public boolean isAllCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
