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

  private GatedPattern(Pattern pattern, int group, int minDigits) {
    this.pattern = pattern;
    this.group = group;
    this.minDigits = minDigits;
    this.required = RequiredChars.of(pattern.pattern());
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
    return new GatedPattern(p, group, minDigits);
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
   */
  public void scan(String text, Each each) {
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int s = m.start(group);
      int e = m.end(group);
      int next;
      if (s < 0 || s == e) {
        next = m.end();
      } else {
        next = each.candidate(s, e);
      }
      from = Math.max(next, from + 1);
    }
  }
}
