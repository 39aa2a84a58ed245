package org.healthsocialtools.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?" for identifiers typed by people: the known id nearest to a typo, by edit
 * distance over case-folded text, or the one whose last dotted part is what was typed ({@code
 * cure-claim} for {@code tone.cure-claim}). Returns {@code null} rather than a far-fetched guess.
 */
public final class NearestId {

  private NearestId() {}

  /** The nearest of {@code known} to {@code typed}, or {@code null} when none is close. */
  public static String of(String typed, Collection<String> known) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    // Longer ids tolerate more typos; short ones would match anything at distance 3.
    int allowed = Math.max(1, Math.min(3, t.length() / 5));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      String kk = k.toLowerCase(Locale.ROOT);
      int d = kk.endsWith("." + t) ? 0 : distance(t, kk, allowed);
      if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
