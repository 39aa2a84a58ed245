package org.healthsocialtools.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RulePackException;
import org.healthsocialtools.rule.RulePacks;

/**
 * The YAML loaders under arbitrary bytes: a profile or rule pack either loads or fails with a
 * {@link RulePackException} that names the file; no other exception escapes (no ClassCastException,
 * NullPointerException or parser exception from deep inside). Seeds are valid files and near
 * misses.
 */
class LoaderFuzzTest {

  private static final String NAME = "fuzz.yaml";

  @FuzzTest(maxDuration = "5m")
  void profileLoaderThrowsOnlyRulePackException(byte[] data) {
    try {
      OrganisationProfile p = ProfileLoader.load(new ByteArrayInputStream(data), NAME);
      if (p == null) {
        throw new AssertionError("null profile");
      }
    } catch (RulePackException e) {
      requireNamed(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void rulePackLoaderThrowsOnlyRulePackException(byte[] data) {
    try {
      List<Rule> rules = RulePacks.load(new ByteArrayInputStream(data), NAME);
      for (Rule r : rules) {
        if (r.info() == null || r.info().examples().isEmpty()) {
          throw new AssertionError("rule without info or examples loaded");
        }
      }
    } catch (RulePackException e) {
      requireNamed(e);
    }
  }

  private static void requireNamed(RulePackException e) {
    if (e.getMessage() == null || !e.getMessage().startsWith(NAME)) {
      throw new AssertionError("error does not name the file: " + e.getMessage(), e);
    }
  }
}
