package org.healthsocialtools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "safe version" of a post: every privacy finding that needs action (error or warning) replaced
 * by a placeholder for its kind ({@code [name]}, {@code [ID number]}, ...), whatever its span: a
 * draft that is only a name or an NHS number becomes only the placeholder. Overlapping findings are
 * merged and take the placeholder of the longest one. Tone, platform and accessibility findings
 * never change the text. Pure function of its arguments; thread-safe.
 */
public final class Redactor {

  private static final Map<Kind, String> PLACEHOLDERS =
      new EnumMap<>(
          Map.of(
              Kind.PERSON, "[name]",
              Kind.IDENTIFIER, "[ID number]",
              Kind.CONTACT, "[contact details]",
              Kind.LOCATION, "[place]",
              Kind.DATE, "[date]",
              Kind.AGE, "[age]",
              Kind.HEALTH, "[health detail]",
              Kind.MEDIA, "[image]"));

  private Redactor() {}

  /**
   * The default placeholder for a privacy kind, e.g. {@code [name]}; {@code null} for other
   * categories.
   */
  public static String placeholder(Kind kind) {
    return PLACEHOLDERS.get(kind);
  }

  /**
   * Replaces the privacy findings' spans in {@code text} (the original text the findings index) by
   * the default placeholders.
   *
   * @throws IllegalArgumentException if a finding's span lies outside {@code text}
   */
  public static String redact(String text, List<Finding> findings) {
    return redact(text, findings, f -> placeholder(f.kind()));
  }

  /**
   * As {@link #redact(String, List)}, with the placeholder chosen per finding (e.g. by rule id).
   */
  public static String redact(
      String text, List<Finding> findings, Function<Finding, String> placeholder) {
    List<Finding> spans = new ArrayList<>();
    for (Finding f : findings) {
      if (f.end() > text.length()) {
        throw new IllegalArgumentException(
            "finding " + f.ruleId() + " at " + f.span() + " lies outside the text");
      }
      if (f.category() == Category.PRIVACY
          && f.severity() != Severity.INFO
          && f.span().length() > 0) {
        spans.add(f);
      }
    }
    spans.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    int i = 0;
    while (i < spans.size()) {
      Finding longest = spans.get(i);
      int start = longest.start();
      int end = longest.end();
      int j = i + 1;
      while (j < spans.size() && spans.get(j).start() < end) {
        Finding g = spans.get(j);
        if (g.span().length() > longest.span().length()) {
          longest = g;
        }
        end = Math.max(end, g.end());
        j++;
      }
      out.append(text, pos, start).append(placeholder.apply(longest));
      pos = end;
      i = j;
    }
    return out.append(text, pos, text.length()).toString();
  }
}
