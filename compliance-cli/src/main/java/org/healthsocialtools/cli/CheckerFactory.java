package org.healthsocialtools.cli;

import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Policy;

/**
 * Builds the checker a command runs. The seam lets tests run the commands with a fixed set of
 * rules, so their expected output does not change when the bundled packs do.
 */
@FunctionalInterface
interface CheckerFactory {

  /** The bundled rules and any rule providers on the classpath. */
  CheckerFactory DEFAULT =
      (profile, locale, policy) ->
          ComplianceChecker.builder().profile(profile).locale(locale).policy(policy).build();

  /**
   * @param locale house style, or {@code null} for the profile's
   */
  ComplianceChecker create(OrganisationProfile profile, String locale, Policy policy);
}
