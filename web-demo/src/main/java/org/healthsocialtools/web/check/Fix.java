package org.healthsocialtools.web.check;

import org.healthsocialtools.Category;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Redactor;
import org.healthsocialtools.rule.RuleInfo;

/**
 * The one-click edit a finding offers: replace its span with {@code replacement}. A privacy finding
 * is redacted ({@link Redactor}); another finding has a fix only when its suggestion is a
 * replacement word or phrase, which is when it differs from its rule's general suggestion (a term
 * pack's substitution) and reads as a phrase, not advice.
 *
 * @param label what the button says, e.g. {@code Redact as [name]}
 * @param replacement the text that replaces the finding's span
 */
public record Fix(String label, String replacement) {

  private static final int MAX_REPLACEMENT = 40;

  /**
   * The fix for {@code f}, or {@code null} when there is none (advice only, or a finding about the
   * whole post).
   */
  public static Fix of(Finding f, RuleInfo rule, int textLength) {
    if (f.start() == 0
        && f.end() == textLength
        && textLength > 0
        && f.category() != Category.PRIVACY) {
      return null;
    }
    if (f.category() == Category.PRIVACY) {
      String p = Redactor.placeholder(f.kind());
      return new Fix("Redact as " + p, p);
    }
    String s = f.suggestion();
    if (s == null || s.isBlank() || (rule != null && s.equals(rule.suggestion())) || !isPhrase(s)) {
      return null;
    }
    return new Fix("Replace with \u201c" + s + "\u201d", s);
  }

  private static boolean isPhrase(String s) {
    if (s.length() > MAX_REPLACEMENT || s.indexOf('\n') >= 0) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    // Quoted words ("Say 'has' or 'lives with'") are advice; an apostrophe inside a word is not a
    // quote.
    return last != '.'
        && last != '!'
        && last != '?'
        && last != ':'
        && !s.startsWith("'")
        && !s.contains(" '")
        && s.indexOf('"') < 0
        && s.indexOf('\u2018') < 0
        && s.indexOf('\u201c') < 0;
  }
}
