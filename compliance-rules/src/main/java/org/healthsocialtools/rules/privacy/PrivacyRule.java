package org.healthsocialtools.rules.privacy;

import org.healthsocialtools.Explanation;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;

/**
 * Base of the Java privacy rules: holds the organisation's {@link ProfileView} and reports through {@link #emit},
 * which drops anything on the profile's allow list or inside the organisation's own names.
 */
abstract class PrivacyRule extends AnnotatedRule {

  protected final ProfileView profile;

  protected PrivacyRule(RuleContext context) {
    this.profile = ProfileView.of(context.profile());
  }

  /** Reports [start, end) of the normalised text unless the profile allows it. */
  protected final void emit(AnalyzedPost post, FindingSink sink, int start, int end, Severity severity,
      String message, String suggestion, Explanation why) {
    if (start >= end || profile.allowed(post, start, end)) {
      return;
    }
    sink.report(start, end, severity, message, suggestion != null ? suggestion : info().suggestion(), why);
  }
}
