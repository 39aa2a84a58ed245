package org.healthsocialtools.rule;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Candidate spans for an identifier recogniser: an RE2/J expression (linear time) guarded by cheap
 * gates that keep it off posts it cannot match: a minimum count of ASCII digits and the punctuation
 * every match must contain (read off the expression, {@link RequiredChars}). Pack {@code pattern}
 * rules and Java recognisers share it. Immutable and thread-safe.
 */
public final class GatedPattern {

  /**
   * Receives each candidate [start, end) of the capture group; returns where the scan resumes (at
   * least end).
   */
  @FunctionalInterface
  public interface Each {
    int candidate(int start, int end);
  }

  private final Pattern pattern;
  private final int group;
  private final int minDigits;
  private final String required;

  /** Where matches can lie: near an anchor character (ASCII digits, say), or anywhere. */
  private final AnchorBounds bounds;

  private GatedPattern(Pattern pattern, int group, int minDigits, boolean ignoreCase) {
    this.pattern = pattern;
    this.group = group;
    this.minDigits = minDigits;
    this.required = RequiredChars.of(pattern.pattern());
    this.bounds = AnchorBounds.of(pattern.pattern(), ignoreCase);
  }

  /**
   * @param regex RE2 syntax
   * @param ignoreCase case-insensitive matching
   * @param group the capture group that is the candidate (0 for the whole match)
   * @param minDigits fewest ASCII digits a post must hold for the expression to be tried
   * @throws IllegalArgumentException if the expression does not compile, the group does not exist
   *     or minDigits is negative
   */
  public static GatedPattern of(String regex, boolean ignoreCase, int group, int minDigits) {
    Pattern p;
    try {
      p = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern does not compile: " + e.getMessage(), e);
    }
    if (group < 0 || group > p.groupCount()) {
      throw new IllegalArgumentException("group " + group + " does not exist in the pattern");
    }
    if (minDigits < 0) {
      throw new IllegalArgumentException("minDigits must not be negative: " + minDigits);
    }
    return new GatedPattern(p, group, minDigits, ignoreCase);
  }

  /** The expression, as written. */
  public String regex() {
    return pattern.pattern();
  }

  /**
   * False when {@code text} cannot hold a match: too few digits or a required character missing.
   */
  public boolean admits(String text) {
    if (minDigits > 0) {
      int n = 0;
      for (int i = 0; i < text.length() && n < minDigits; i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          n++;
        }
      }
      if (n < minDigits) {
        return false;
      }
    }
    for (int i = 0; i < required.length(); i++) {
      if (text.indexOf(required.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands each non-empty candidate to {@code each}, left to right. The next search starts where
   * {@code each} says (the candidate's end, usually), so a delimiter consumed after one candidate
   * can open the next. Call only on text that {@link #admits} (the gates are not re-checked).
   *
   * <p>When every match holds an anchor character and spans at most a known length ({@link
   * AnchorBounds}), only the stretches within that length of an anchor are searched, each with one
   * character of context either side; the candidates are those of a search of the whole text.
   */
  public void scan(String text, Each each) {
    Search m = bounds.bounded() ? new Windowed(text) : new Whole(text);
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int s = m.start(group);
      int e = m.end(group);
      int next;
      if (s < 0 || s == e) {
        next = m.end(0);
      } else {
        next = each.candidate(s, e);
      }
      from = Math.max(next, from + 1);
    }
  }

  /** The leftmost match starting at or after a position, in text coordinates. */
  private interface Search {
    boolean find(int from);

    /** Start of the group in the last match, or -1 when it did not take part. */
    int start(int group);

    int end(int group);
  }

  /** RE2/J over the whole text. */
  private final class Whole implements Search {
    private final Matcher m;

    Whole(String text) {
      m = pattern.matcher(text);
    }

    @Override
    public boolean find(int from) {
      return m.find(from);
    }

    @Override
    public int start(int g) {
      return m.start(g);
    }

    @Override
    public int end(int g) {
      return m.end(g);
    }
  }

  /**
   * RE2/J over the stretches that can hold a match. A match spans at most {@code L} = {@link
   * AnchorBounds#maxLength} units and holds an anchor, so it starts within {@code L - 1} units
   * before an anchor. The starts near a run of anchors form a zone {@code [p, q]}; the zone's
   * window runs from one unit before {@code p} to one unit after {@code q + L}, so every match
   * starting in the zone ends inside the window with the same characters around it as in the whole
   * text ({@code ^}, {@code $} and {@code \b} judge alike). A match the window reports after {@code
   * q} is ignored: it may lack its context, and the zone it starts in is searched in turn. Zones
   * are visited left to right and the scan only moves forward, so the text is read about once.
   */
  private final class Windowed implements Search {
    private final String text;
    private final int maxLength;
    private Matcher m;

    /** The current window starts at {@code offset} and serves starts up to {@code zoneEnd}. */
    private int offset;

    private int zoneEnd = -1;

    Windowed(String text) {
      this.text = text;
      this.maxLength = bounds.maxLength();
    }

    @Override
    public boolean find(int from) {
      if (from <= zoneEnd && m.find(from - offset) && m.start() + offset <= zoneEnd) {
        return true;
      }
      int pos = Math.max(from, zoneEnd + 1);
      int n = text.length();
      while (true) {
        int d = nextAnchor(pos);
        if (d < 0) {
          zoneEnd = n;
          return false;
        }
        int p = Math.max(pos, d - maxLength + 1);
        int q = d;
        for (int d2 = nextAnchor(q + 1); d2 >= 0 && d2 - maxLength <= q; d2 = nextAnchor(q + 1)) {
          q = d2;
        }
        if (p > from
            && Character.isLowSurrogate(text.charAt(p))
            && Character.isHighSurrogate(text.charAt(p - 1))) {
          p--; // the whole-text search never starts inside a pair
        }
        offset = Math.max(0, p - 1);
        zoneEnd = q;
        String window = text.substring(offset, Math.min(n, q + maxLength + 1));
        m = m == null ? pattern.matcher(window) : m.reset(window);
        if (m.find(p - offset) && m.start() + offset <= q) {
          return true;
        }
        pos = q + 1;
      }
    }

    private int nextAnchor(int from) {
      for (int i = from; i < text.length(); i++) {
        if (bounds.isAnchor(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int start(int g) {
      int s = m.start(g);
      return s < 0 ? s : s + offset;
    }

    @Override
    public int end(int g) {
      int e = m.end(g);
      return e < 0 ? e : e + offset;
    }
  }
}
