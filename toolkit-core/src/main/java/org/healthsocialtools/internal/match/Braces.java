package org.healthsocialtools.internal.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands {@code {a,b} c} into {@code a c} and {@code b c}; groups may repeat. A bounded, linear
 * expansion.
 */
final class Braces {

  static final int MAX_VARIANTS = 256;

  private Braces() {}

  static List<String> expand(String phrase) {
    List<String> out = new ArrayList<>();
    for (String v : expandRaw(phrase)) {
      out.add(v.trim().replaceAll(" {2,}", " "));
    }
    return out;
  }

  /**
   * Expands without trimming, so the spaces around a later group survive ("{a,b} {c,d}" gives "a
   * c", not "ac").
   */
  private static List<String> expandRaw(String phrase) {
    int open = phrase.indexOf('{');
    if (open < 0) {
      return List.of(phrase);
    }
    int close = phrase.indexOf('}', open);
    if (close < 0) {
      throw new IllegalArgumentException("unclosed '{' in '" + phrase + "'");
    }
    List<String> out = new ArrayList<>();
    String head = phrase.substring(0, open);
    for (String alt : phrase.substring(open + 1, close).split(",", -1)) {
      for (String tail : expandRaw(phrase.substring(close + 1))) {
        out.add(head + alt.trim() + tail);
        if (out.size() > MAX_VARIANTS) {
          throw new IllegalArgumentException(
              "'" + phrase + "' expands to more than " + MAX_VARIANTS + " variants");
        }
      }
    }
    return out;
  }
}
