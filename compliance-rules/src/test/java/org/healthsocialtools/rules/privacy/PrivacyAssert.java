package org.healthsocialtools.rules.privacy;

import java.util.List;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Post;

/** Shared checkers for the privacy table tests: one default, built once. */
final class PrivacyAssert {

  static final ComplianceChecker DEFAULT = ComplianceChecker.builder().build();

  private PrivacyAssert() {}

  static ComplianceChecker with(OrganisationProfile p) {
    return ComplianceChecker.builder().profile(p).build();
  }

  /** Covered texts of the findings of {@code ruleId} (error or warning) in {@code text}. */
  static List<String> found(ComplianceChecker c, String ruleId, String text) {
    return c.check(Post.of(text)).findings().stream()
        .filter(
            f -> f.ruleId().equals(ruleId) && f.severity() != org.healthsocialtools.Severity.INFO)
        .map(Finding::text)
        .toList();
  }

  static List<String> found(String ruleId, String text) {
    return found(DEFAULT, ruleId, text);
  }
}
