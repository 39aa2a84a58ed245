package org.healthsocialtools.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.healthsocialtools.Span;

/**
 * A rule's example, which is also its test. A flagged example marks each expected span with {@code
 * [[...]]} ("Call [[07700 900123]] today"); a passing example has no marks and must produce no
 * finding of the rule.
 *
 * @param text the example with its marks
 * @param flags true if the rule must flag it
 * @param platform optional platform id the example is checked for
 * @param locale optional locale the example is checked in
 */
public record Example(String text, boolean flags, String platform, String locale) {

  public Example {
    Objects.requireNonNull(text, "text");
  }

  public static Example flags(String text) {
    return new Example(text, true, null, null);
  }

  public static Example passes(String text) {
    return new Example(text, false, null, null);
  }

  /** The example without marks: what is checked. */
  public String input() {
    return text.replace("[[", "").replace("]]", "");
  }

  /** The marked spans, in offsets of {@link #input()}. */
  public List<Span> expectedSpans() {
    List<Span> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("[[", i)) {
        open = plain.length();
        i++;
      } else if (text.startsWith("]]", i) && open >= 0) {
        spans.add(new Span(open, plain.length()));
        open = -1;
        i++;
      } else {
        plain.append(text.charAt(i));
      }
    }
    return spans;
  }
}
