package org.healthsocialtools.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The logarithmic overlap query agrees with the obvious scan over every hit. */
class HitsTest {

  @Test
  void startingBeforeEndingAfterAgreesWithAScan() {
    Random random = new Random(8);
    for (int round = 0; round < 500; round++) {
      List<int[]> spans = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        int s = random.nextInt(60);
        spans.add(new int[] {s, s + 1 + random.nextInt(15)});
      }
      spans.sort(
          (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      TermIndex.Hits hits = new TermIndex.Hits(1);
      spans.forEach(s -> hits.add(0, s[0], s[1]));
      for (int q = 0; q < 20; q++) {
        int before = random.nextInt(80);
        int after = random.nextInt(80) - 5;
        boolean expected = spans.stream().anyMatch(s -> s[0] < before && s[1] > after);
        int[] got = hits.startingBeforeEndingAfter(0, before, after);
        assertThat(got != null)
            .as("before %d after %d in %d spans", before, after, n)
            .isEqualTo(expected);
        if (got != null) {
          assertThat(got[0]).isLessThan(before);
          assertThat(got[1]).isGreaterThan(after);
        }
      }
    }
  }
}
