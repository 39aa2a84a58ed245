package org.healthsocialtools.rule;

/**
 * The punctuation characters every match of a regular expression must contain, read off its top
 * level: a literal such as {@code @} or {@code \.} outside any group or class, with no quantifier
 * that allows zero, in an expression with no top-level alternation. A text without one of them
 * cannot match, so a pattern rule can skip the scan (an unanchored RE2 scan costs far more than
 * {@link String#indexOf(int)}). Conservative: anything it does not understand gives no requirement.
 * Only ASCII punctuation is used, which case folding never changes.
 */
final class RequiredChars {

  private static final String META = ".^$|?*+()[]{}\\";

  private RequiredChars() {}

  /** The required characters (possibly none) of {@code regex}, which must already compile. */
  static String of(String regex) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      char literal = 0;
      if (c == '\\') {
        if (i + 1 >= regex.length()) {
          return "";
        }
        char x = regex.charAt(++i);
        if (x == 'Q' || x == 'p' || x == 'P' || x == 'x' || Character.isLetterOrDigit(x)) {
          if (x == 'Q' || x == 'p' || x == 'P' || x == 'x') {
            return ""; // \Q...\E, \p{...} and \x{...} take more than one character: not worth
            // reading
          }
          continue; // \b, \d, \s, \w ...: no literal
        }
        literal = x;
      } else if (c == '[') {
        i = classEnd(regex, i);
        if (i < 0) {
          return "";
        }
        continue;
      } else if (c == '{') {
        int close = regex.indexOf('}', i);
        if (close > i && regex.substring(i + 1, close).matches("[0-9]+(?:,[0-9]*)?")) {
          i = close; // a counted repetition: its digits and comma are not literals
        }
        continue;
      } else if (c == '(') {
        depth++;
        continue;
      } else if (c == ')') {
        depth--;
        continue;
      } else if (c == '|') {
        if (depth == 0) {
          return "";
        }
        continue;
      } else if (META.indexOf(c) < 0) {
        literal = c;
      }
      if (depth == 0
          && literal != 0
          && isPunctuation(literal)
          && !optional(regex, i + 1)
          && out.indexOf(String.valueOf(literal)) < 0) {
        out.append(literal);
      }
    }
    return out.toString();
  }

  /** True if a quantifier at {@code i} allows zero repetitions of the atom before it. */
  private static boolean optional(String regex, int i) {
    if (i >= regex.length()) {
      return false;
    }
    char q = regex.charAt(i);
    return q == '?' || q == '*' || q == '{' && i + 1 < regex.length() && regex.charAt(i + 1) == '0';
  }

  /** The index of the {@code ]} that closes the class opened at {@code open}, or -1. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++; // a leading ']' is a literal
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
        int close = regex.indexOf(":]", i + 2);
        if (close < 0) {
          return -1;
        }
        i = close + 1;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
  }
}
