package org.healthsocialtools.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.healthsocialtools.Platform;

/**
 * The one validator of rule metadata, for rules from YAML packs and rules written in Java alike
 * (the way Error Prone validates every {@code @BugPattern}): the pack loader refuses a rule that
 * fails it, naming file, line and rule; {@link AnnotatedRule} refuses a class that fails it.
 * Messages name the rule and field, never a post.
 */
public final class RuleMetadata {

  /**
   * Dotted lower case, at least two parts: {@code tone.suffers-from}, {@code privacy.nhs-number}.
   */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private RuleMetadata() {}

  /** Problems with {@code rule}, one sentence each, most basic first; empty when it is sound. */
  public static List<String> problems(RuleInfo rule) {
    List<String> out = new ArrayList<>();
    if (!ID.matcher(rule.id()).matches()) {
      out.add("id must be dotted lower case such as 'tone.suffers-from'");
    }
    if (rule.summary().isBlank()) {
      out.add("missing 'summary'");
    } else if (rule.summary().endsWith(".")) {
      out.add("summary should not end with a period");
    }
    if (rule.message().isBlank()) {
      out.add("missing 'message'");
    }
    if (!rule.guidance().startsWith("https://") && !rule.guidance().startsWith("http://")) {
      out.add("guidance must be an http(s) link, not '" + rule.guidance() + "'");
    }
    examples(rule, out);
    return out;
  }

  /**
   * @throws IllegalArgumentException with the first of {@link #problems}
   */
  public static void check(RuleInfo rule) {
    List<String> p = problems(rule);
    if (!p.isEmpty()) {
      throw new IllegalArgumentException(p.get(0));
    }
  }

  private static void examples(RuleInfo rule, List<String> out) {
    if (rule.examples().stream().noneMatch(Example::flags)
        || rule.examples().stream().allMatch(Example::flags)) {
      out.add("needs examples with at least one 'flags' and one 'passes' entry");
    }
    String language = rule.language();
    for (Example e : rule.examples()) {
      // Example texts are the rule's own, written by its author: quoting them is safe and names the
      // example.
      int opens = count(e.text(), "[[");
      int closes = count(e.text(), "]]");
      if (e.flags() && e.expectedSpans().isEmpty()) {
        out.add("flagged example '" + e.text() + "' marks no span with [[...]]");
      } else if (opens != closes || e.expectedSpans().size() != opens) {
        out.add("example '" + e.text() + "' has unbalanced [[...]] marks");
      } else if (!e.flags() && opens > 0) {
        out.add(
            "passing example '" + e.text() + "' marks a span; only flagged examples mark spans");
      } else if (e.flags() && e.expectedSpans().stream().anyMatch(s -> s.length() == 0)) {
        out.add("flagged example '" + e.text() + "' marks an empty span");
      }
      if (e.platform() != null) {
        try {
          Platform.fromId(e.platform());
        } catch (IllegalArgumentException x) {
          out.add("example '" + e.text() + "': " + x.getMessage());
        }
      }
      if (e.flags() && e.locale() != null && !language.equals("any")) {
        String exampleLanguage = Locale.forLanguageTag(e.locale().replace('_', '-')).getLanguage();
        if (!exampleLanguage.equals(language)) {
          out.add(
              "flagged example '"
                  + e.text()
                  + "' is in locale "
                  + e.locale()
                  + ", where a rule for "
                  + rule.locale()
                  + " never runs");
        }
      }
    }
  }

  private static int count(String s, String mark) {
    int n = 0;
    for (int i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + mark.length())) {
      n++;
    }
    return n;
  }
}
