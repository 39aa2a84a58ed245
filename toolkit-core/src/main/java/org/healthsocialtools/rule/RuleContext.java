package org.healthsocialtools.rule;

import java.util.Objects;
import org.healthsocialtools.OrganisationProfile;

/**
 * What a {@link RuleProvider} may tailor its rules to.
 *
 * @param profile the organisation's profile (its own contacts are never findings, its allow and
 *     deny lists)
 * @param houseLocale the organisation's house style, e.g. {@code en-GB}
 */
public record RuleContext(OrganisationProfile profile, String houseLocale) {

  public RuleContext {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(houseLocale, "houseLocale");
  }
}
