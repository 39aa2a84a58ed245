package org.healthsocialtools.internal.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrase variants (a handle and the keys of one field, in order) filed under their anchor key, the
 * one a post must hold for the variant to match. Matching a post is one pass over its positions:
 * each position's key picks out the variants anchored on it by hash lookup, and each is compared in
 * place, key by key, with the positions around it. This is what a Lucene phrase query over a
 * one-document index finds (consecutive positions, no slop), without building the index, rewriting
 * queries or creating weights per post. Immutable once built.
 */
final class PhraseTable {

  /**
   * One phrase variant: the handle its hits go to, its keys, and where its anchor key sits among
   * them.
   */
  record Variant(int handle, String[] keys, int anchor) {}

  private final Map<String, Variant[]> byAnchor;

  private PhraseTable(Map<String, Variant[]> byAnchor) {
    this.byAnchor = byAnchor;
  }

  boolean isEmpty() {
    return byAnchor.isEmpty();
  }

  /**
   * Adds the hits of every variant in one field of a post to {@code hits}.
   *
   * @param keys the field's term at each position, in order
   * @param pos each term's Lucene position (a sentence boundary leaves a gap, so no phrase spans
   *     two sentences)
   * @param start each term's start offset
   * @param end each term's end offset
   * @param n how many entries of the arrays are in use
   */
  void match(String[] keys, int[] pos, int[] start, int[] end, int n, TermIndex.Hits hits) {
    for (int p = 0; p < n; p++) {
      Variant[] vs = byAnchor.get(keys[p]);
      if (vs == null) {
        continue;
      }
      for (Variant v : vs) {
        int first = p - v.anchor;
        int last = first + v.keys.length - 1;
        if (first < 0
            || last >= n
            || pos[last] - pos[first] != last - first
            || !sameKeys(v, keys, first)) {
          continue;
        }
        hits.add(v.handle, start[first], end[last]);
      }
    }
  }

  private static boolean sameKeys(Variant v, String[] keys, int first) {
    for (int i = 0; i < v.keys.length; i++) {
      if (i != v.anchor && !v.keys[i].equals(keys[first + i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Collects variants; a variant repeated under one handle is kept once, as Lucene's query rewrite
   * does.
   */
  static final class Builder {
    private final Map<String, List<Variant>> byAnchor = new HashMap<>();
    private final Set<List<Object>> seen = new HashSet<>();

    void add(int handle, List<String> keys) {
      if (!seen.add(List.of(handle, keys))) {
        return;
      }
      int anchor = rarest(keys);
      byAnchor
          .computeIfAbsent(keys.get(anchor), k -> new ArrayList<>(1))
          .add(new Variant(handle, keys.toArray(String[]::new), anchor));
    }

    /** The longest key stands in for the rarest: "from" is everywhere, "sufferer" is not. */
    private static int rarest(List<String> keys) {
      int best = 0;
      for (int i = 1; i < keys.size(); i++) {
        if (keys.get(i).length() > keys.get(best).length()) {
          best = i;
        }
      }
      return best;
    }

    PhraseTable build() {
      Map<String, Variant[]> out = new HashMap<>(byAnchor.size() * 2);
      byAnchor.forEach((k, v) -> out.put(k, v.toArray(Variant[]::new)));
      return new PhraseTable(out);
    }
  }
}
