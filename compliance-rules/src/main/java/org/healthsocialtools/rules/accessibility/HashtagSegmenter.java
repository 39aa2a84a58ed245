package org.healthsocialtools.rules.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a run-together lower-case hashtag into words ({@code mentalhealthawarenessweek} into
 * mental, health, awareness, week) by dynamic programming over frequency-ordered word lists, the
 * unigram method of Norvig's "Natural Language Corpus Data": a word of rank r costs log(r * log N),
 * so common words win and one long word beats two short ones. Very short words are allowed only
 * from a closed list, so a name or brand ("stoptober") does not split into junk. Linear in the tag
 * length times the longest word tried. Immutable and thread-safe.
 */
final class HashtagSegmenter {

  /** Longest word tried at one position. */
  private static final int MAX_WORD = 20;

  /**
   * Words rarer than this are not used: the tail of a big list holds fragments that make false
   * splits.
   */
  private static final int MAX_RANK = 40_000;

  /** Rank given to a short word of the closed list that a word list lacks ("ok"). */
  private static final int SHORT_WORD_RANK = 500;

  private static final Set<String> SHORT_WORDS =
      Set.of(
          "a", "i", "to", "of", "in", "on", "at", "it", "is", "be", "by", "we", "my", "me", "up",
          "us", "so", "no", "do", "go", "he", "an", "as", "or", "if", "ok", "tb", "gp", "yn", "ar",
          "am", "ac", "y", "o", "yr", "ei", "ni", "fy");

  private final List<WordList> lists;

  HashtagSegmenter(List<WordList> lists) {
    this.lists = List.copyOf(lists);
  }

  /**
   * The words of {@code tag} (lower-case letters and digits), or an empty list when it does not
   * split well.
   */
  List<String> split(String tag) {
    int n = tag.length();
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = Math.max(0, end - MAX_WORD); start < end; start++) {
        if (best[start] == Double.POSITIVE_INFINITY) {
          continue;
        }
        double c = cost(tag, start, end);
        if (best[start] + c < best[end]) {
          best[end] = best[start] + c;
          from[end] = start;
        }
      }
    }
    if (best[n] == Double.POSITIVE_INFINITY) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      words.add(0, tag.substring(from[end], end));
    }
    return words;
  }

  private double cost(String tag, int start, int end) {
    if (allDigits(tag, start, end)) {
      return 8;
    }
    String w = tag.substring(start, end);
    if (w.length() <= 2 && !SHORT_WORDS.contains(w)) {
      return Double.POSITIVE_INFINITY;
    }
    int rank = 0;
    for (WordList l : lists) {
      int r = l.rank(w);
      if (r > 0 && (rank == 0 || r < rank)) {
        rank = r;
      }
    }
    if (rank == 0 && SHORT_WORDS.contains(w)) {
      rank = SHORT_WORD_RANK;
    }
    if (rank == 0 || rank > MAX_RANK) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.log(rank * Math.log(MAX_RANK));
  }

  private static boolean allDigits(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
