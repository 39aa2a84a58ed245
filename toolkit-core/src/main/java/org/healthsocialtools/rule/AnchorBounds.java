package org.healthsocialtools.rule;

/**
 * What bounds where a regular expression can match, read off the expression: the characters every
 * match must contain one of (its anchors: the ASCII digits, or the digits and the punctuation the
 * expression spells out), and the most UTF-16 units a match can span. With both, a match lies
 * within that span of an anchor, so {@link GatedPattern} searches only the stretches around anchors
 * instead of the whole text. Conservative: an expression it does not fully understand, one that can
 * match without an anchor or one without a length bound gives {@link #NONE}.
 *
 * <p>Understood: literals, escaped punctuation, {@code \d \s \w \D \S \W \b \B \A \z \n \t \r \f},
 * {@code .}, {@code ^}, {@code $}, classes with ranges and those escapes, {@code (...)}, {@code
 * (?:...)}, alternation and the quantifiers {@code ? * + {m} {m,} {m,n}}, greedy or lazy.
 */
final class AnchorBounds {

  /** No bound: search the whole text. */
  static final AnchorBounds NONE = new AnchorBounds(null, -1);

  private static final int INFINITE = Integer.MAX_VALUE / 4;

  /** Per ASCII character, whether it is an anchor; null for {@link #NONE}. */
  private final boolean[] anchors;

  /** The most UTF-16 units a match spans; -1 for {@link #NONE}. */
  private final int maxLength;

  private AnchorBounds(boolean[] anchors, int maxLength) {
    this.anchors = anchors;
    this.maxLength = maxLength;
  }

  boolean bounded() {
    return anchors != null;
  }

  int maxLength() {
    return maxLength;
  }

  boolean isAnchor(char c) {
    return c < 128 && anchors[c];
  }

  /** The anchors as a string (for tests). */
  String anchorChars() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 128 && anchors != null; c++) {
      if (anchors[c]) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The bounds of {@code regex} (which must already compile), or {@link #NONE}. */
  static AnchorBounds of(String regex, boolean ignoreCase) {
    boolean[] digits = new boolean[128];
    for (char c = '0'; c <= '9'; c++) {
      digits[c] = true;
    }
    Parser first = new Parser(regex, ignoreCase, digits);
    Node n = first.parse();
    if (n == null || n.maxLength >= INFINITE) {
      return NONE;
    }
    if (n.anchored) {
      return new AnchorBounds(digits, n.maxLength);
    }
    if (first.punctuation.isEmpty()) {
      return NONE;
    }
    boolean[] wider = digits.clone();
    for (int k = 0; k < first.punctuation.length(); k++) {
      wider[first.punctuation.charAt(k)] = true;
    }
    n = new Parser(regex, ignoreCase, wider).parse();
    return n != null && n.anchored ? new AnchorBounds(wider, n.maxLength) : NONE;
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
  }

  /** A parsed subexpression: its longest match and whether every match holds an anchor. */
  private record Node(int maxLength, boolean anchored) {}

  /** Recursive descent over the supported syntax; null for anything else. */
  private static final class Parser {
    private final String re;
    private final boolean ignoreCase;
    private final boolean[] anchors;
    private int i;

    /** The ASCII punctuation written as literals outside classes ({@code @}, {@code \\.}). */
    final StringBuilder punctuation = new StringBuilder();

    Parser(String re, boolean ignoreCase, boolean[] anchors) {
      this.re = re;
      this.ignoreCase = ignoreCase;
      this.anchors = anchors;
    }

    Node parse() {
      Node n = alternation();
      return n != null && i == re.length() ? n : null;
    }

    private Node alternation() {
      Node n = concatenation();
      while (n != null && i < re.length() && re.charAt(i) == '|') {
        i++;
        Node m = concatenation();
        if (m == null) {
          return null;
        }
        n = new Node(Math.max(n.maxLength, m.maxLength), n.anchored && m.anchored);
      }
      return n;
    }

    private Node concatenation() {
      int length = 0;
      boolean anchored = false;
      while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
        Node a = atom();
        if (a == null) {
          return null;
        }
        a = quantified(a);
        if (a == null) {
          return null;
        }
        length = Math.min(INFINITE, length + a.maxLength);
        anchored |= a.anchored;
      }
      return new Node(length, anchored);
    }

    private Node quantified(Node a) {
      if (i >= re.length()) {
        return a;
      }
      char q = re.charAt(i);
      int min;
      int max;
      if (q == '?' || q == '*' || q == '+') {
        i++;
        min = q == '+' ? 1 : 0;
        max = q == '?' ? 1 : INFINITE;
      } else if (q == '{') {
        int close = re.indexOf('}', i);
        if (close < 0) {
          return null;
        }
        String body = re.substring(i + 1, close);
        if (!body.matches("[0-9]{1,4}(?:,[0-9]{0,4})?")) {
          return null;
        }
        int comma = body.indexOf(',');
        min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
        max =
            comma < 0
                ? min
                : comma == body.length() - 1
                    ? INFINITE
                    : Integer.parseInt(body.substring(comma + 1));
        i = close + 1;
      } else {
        return a;
      }
      if (i < re.length() && re.charAt(i) == '?') {
        i++; // lazy: the same matches, preferred differently
      }
      if (i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0) {
        return null;
      }
      long length = a.maxLength == 0 ? 0 : (long) a.maxLength * max;
      return new Node((int) Math.min(INFINITE, length), min >= 1 && a.anchored);
    }

    private Node atom() {
      char c = re.charAt(i);
      switch (c) {
        case '(':
          {
            i++;
            if (re.startsWith("?:", i)) {
              i += 2;
            } else if (i < re.length() && re.charAt(i) == '?') {
              return null; // flags, named groups
            }
            Node n = alternation();
            if (n == null || i >= re.length() || re.charAt(i) != ')') {
              return null;
            }
            i++;
            return n;
          }
        case '[':
          return charClass();
        case '.':
          i++;
          return new Node(2, false);
        case '^':
        case '$':
          i++;
          return new Node(0, false);
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
        case '{':
        case ')':
        case ']':
          return null;
        default:
          if (Character.isSurrogate(c)) {
            return null;
          }
          i++;
          return literal(c);
      }
    }

    private Node literal(char c) {
      if (isPunctuation(c) && punctuation.indexOf(String.valueOf(c)) < 0) {
        punctuation.append(c);
      }
      boolean wide = ignoreCase && c >= 128;
      return new Node(wide ? 2 : 1, c < 128 && anchors[c]);
    }

    private Node escape() {
      if (i + 1 >= re.length()) {
        return null;
      }
      char x = re.charAt(i + 1);
      i += 2;
      switch (x) {
        case 'b':
        case 'B':
        case 'A':
        case 'z':
          return new Node(0, false);
        case 'd':
          return new Node(1, allAnchors('0', '9'));
        case 's':
        case 'w':
        case 'n':
        case 't':
        case 'r':
        case 'f':
          return new Node(1, false);
        case 'D':
        case 'S':
        case 'W':
          return new Node(2, false);
        default:
          return isPunctuation(x) ? literal(x) : null;
      }
    }

    private boolean allAnchors(char from, char to) {
      for (char c = from; c <= to; c++) {
        if (c >= 128 || !anchors[c]) {
          return false;
        }
      }
      return true;
    }

    /** A class: one character, an anchor when every member is one. */
    private Node charClass() {
      int end = classEnd(re, i);
      if (end < 0) {
        return null;
      }
      int j = i + 1;
      boolean negated = j < end && re.charAt(j) == '^';
      if (negated) {
        j++;
      }
      if (j < end && re.charAt(j) == ']') {
        return null; // a leading ']': not worth reading
      }
      boolean anchored = !negated;
      boolean wide = negated;
      while (j < end) {
        char c = re.charAt(j);
        char lo;
        if (c == '\\') {
          if (j + 1 >= end) {
            return null;
          }
          char x = re.charAt(j + 1);
          j += 2;
          if (x == 'd') {
            anchored &= allAnchors('0', '9');
            continue;
          }
          if (x == 's' || x == 'w') {
            anchored = false;
            continue;
          }
          if (x == 'n' || x == 't' || x == 'r' || x == 'f') {
            lo = x == 'n' ? '\n' : x == 't' ? '\t' : x == 'r' ? '\r' : '\f';
          } else if (isPunctuation(x)) {
            lo = x;
          } else {
            return null; // \D \S \W \p \x ... inside a class
          }
        } else if (c == '[' || Character.isSurrogate(c)) {
          return null; // [:alpha:] and characters outside the BMP
        } else {
          lo = c;
          j++;
        }
        char hi = lo;
        if (j + 1 < end && re.charAt(j) == '-') {
          char h = re.charAt(j + 1);
          if (h == '\\' || h == '[' || Character.isSurrogate(h)) {
            return null;
          }
          hi = h;
          j += 2;
        }
        if (hi < lo) {
          return null;
        }
        anchored &= allAnchors(lo, hi);
        wide |= ignoreCase && hi >= 128;
      }
      i = end + 1;
      return new Node(wide ? 2 : 1, anchored);
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}, or -1. */
    static int classEnd(String regex, int open) {
      int j = open + 1;
      if (j < regex.length() && regex.charAt(j) == '^') {
        j++;
      }
      if (j < regex.length() && regex.charAt(j) == ']') {
        j++;
      }
      for (; j < regex.length(); j++) {
        char c = regex.charAt(j);
        if (c == '\\') {
          j++;
        } else if (c == '[') {
          return -1;
        } else if (c == ']') {
          return j;
        }
      }
      return -1;
    }
  }
}
