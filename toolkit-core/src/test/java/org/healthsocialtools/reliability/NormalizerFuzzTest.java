package org.healthsocialtools.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.healthsocialtools.Span;
import org.healthsocialtools.internal.text.NormalizedText;
import org.healthsocialtools.internal.text.Normalizer;

/**
 * The normaliser and its offset map under arbitrary text: no exception escapes, every normalised
 * position maps to a span inside the original, and the map is monotonic. Runs the seed corpus in
 * every build; see RELIABILITY.md for fuzzing it on demand.
 */
class NormalizerFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void offsetMapStaysInsideTheOriginalAndIsMonotonic(byte[] data) {
    String original = FuzzInput.text(data);
    NormalizedText n = Normalizer.normalize(original);
    assertThat(n.original()).isSameAs(original);
    String text = n.text();
    int len = original.length();
    Span previous = new Span(0, 0);
    for (int i = 0; i < text.length(); i++) {
      Span s = n.toOriginal(i, i + 1);
      if (s.end() > len || s.start() < previous.start() || s.end() < previous.end()) {
        throw new AssertionError(
            "position "
                + i
                + " maps to "
                + s
                + " after "
                + previous
                + " (original length "
                + len
                + ")");
      }
      previous = s;
    }
    for (int i = 0; i <= text.length(); i++) {
      Span empty = n.toOriginal(i, i);
      assertThat(empty.end()).isLessThanOrEqualTo(len);
      Span whole = n.toOriginal(0, i);
      assertThat(whole.end()).isLessThanOrEqualTo(len);
    }
  }
}
