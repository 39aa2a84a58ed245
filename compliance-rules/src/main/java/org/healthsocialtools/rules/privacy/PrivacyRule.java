package org.healthsocialtools.rules.privacy;

import org.healthsocialtools.Explanation;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;

/**
 * Base of the Java privacy rules. Their fixed patterns are java.util.regex without nested unbounded
 * repetition (bounded, linear in practice, and several times faster than RE2/J on every post);
 * patterns supplied by an organisation's profile are RE2/J. Each rule checks a cheap gate (a digit
 * count, a token) before any regex.
 *
 * <p>: holds the organisation's {@link ProfileView} and reports through {@link #emit}, which drops
 * anything on the profile's allow list or inside the organisation's own names.
 */
abstract class PrivacyRule extends AnnotatedRule {

  protected final ProfileView profile;

  protected PrivacyRule(RuleContext context) {
    this.profile = ProfileView.of(context.profile());
  }

  /** Reports [start, end) of the normalised text unless the profile allows it. */
  protected final void emit(
      AnalyzedPost post,
      FindingSink sink,
      int start,
      int end,
      Severity severity,
      String message,
      String suggestion,
      Explanation why) {
    if (start >= end || profile.allowed(post, start, end)) {
      return;
    }
    sink.report(
        start, end, severity, message, suggestion != null ? suggestion : info().suggestion(), why);
  }

  /**
   * Matches {@code pattern} only where a token that can start a match stands (one {@code lookingAt}
   * per such token, within {@code window} characters), instead of scanning the whole post: the hot
   * path of the date, age and postcode rules. Matches do not overlap. The matcher handed to {@code
   * each} is positioned on the match.
   */
  static void matchAtTokens(
      AnalyzedPost post,
      java.util.regex.Pattern pattern,
      java.util.function.Predicate<org.healthsocialtools.analysis.Token> canStart,
      int window,
      java.util.function.Consumer<java.util.regex.Matcher> each) {
    String text = post.text();
    java.util.regex.Matcher m = null;
    int covered = 0;
    for (org.healthsocialtools.analysis.Token t : post.tokens()) {
      if (t.start() < covered || !canStart.test(t)) {
        continue;
      }
      if (m == null) {
        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(t.start(), Math.min(text.length(), t.start() + window));
      if (m.lookingAt()) {
        covered = m.end();
        each.accept(m);
      }
    }
  }

  static boolean startsWithDigit(org.healthsocialtools.analysis.Token t) {
    char c = t.text().charAt(0);
    return c >= '0' && c <= '9';
  }

  /** Number of ASCII digits in {@code text}, counting up to {@code atMost}. */
  static int digits(String text, int atMost) {
    int n = 0;
    for (int i = 0; i < text.length() && n < atMost; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }
}
