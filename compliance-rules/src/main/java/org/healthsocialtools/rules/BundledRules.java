package org.healthsocialtools.rules;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.rule.ExtensibleRule;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RulePackException;
import org.healthsocialtools.rule.RulePacks;
import org.healthsocialtools.rule.RuleProvider;

/**
 * The bundled rules: every YAML pack listed in {@link BundledPacks#PACKS} plus the Java rules of
 * {@link JavaRules}, with the organisation profile's {@code extend} (extra terms and exceptions)
 * applied to the term rules it names. Registered as a {@link RuleProvider} service, so {@code
 * ComplianceChecker.builder().build()} picks them up from the classpath.
 */
public final class BundledRules implements RuleProvider {

  @Override
  public String name() {
    return "bundled";
  }

  @Override
  public List<Rule> rules(RuleContext context) {
    List<Callable<List<Rule>>> parts = new ArrayList<>();
    for (String pack : BundledPacks.PACKS) {
      parts.add(() -> loadPack(pack));
    }
    for (Function<RuleContext, Rule> f : JavaRules.ALL) {
      parts.add(() -> List.of(f.apply(context)));
    }
    List<Rule> rules = new ArrayList<>();
    for (List<Rule> part : ParallelBuild.run(parts)) {
      rules.addAll(part);
    }
    return extend(rules, context.profile());
  }

  private static List<Rule> loadPack(String pack) {
    URL url = BundledRules.class.getResource("/hst/packs/" + pack);
    if (url == null) {
      throw new RulePackException(
          "bundled pack hst/packs/" + pack + " is missing from the classpath");
    }
    return RulePacks.load(url);
  }

  /**
   * Applies the profile's {@code extend} entries. An entry for a rule that is not bundled, or that
   * is not a term rule (only term rules have terms and exceptions), is an error naming the rule, so
   * a typo never passes silently.
   */
  static List<Rule> extend(List<Rule> rules, OrganisationProfile profile) {
    Map<String, OrganisationProfile.RuleExtension> ext = profile.extend();
    if (ext.isEmpty()) {
      return rules;
    }
    List<String> unused = new ArrayList<>(ext.keySet());
    List<Rule> out = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      OrganisationProfile.RuleExtension e = ext.get(r.info().id());
      if (e == null) {
        out.add(r);
        continue;
      }
      if (!(r instanceof ExtensibleRule t)) {
        throw new RulePackException(
            "profile 'extend': rule '"
                + r.info().id()
                + "' is not a term rule; only term rules take extra terms and exceptions");
      }
      unused.remove(r.info().id());
      out.add(t.extendedWith(e.terms(), e.exceptions()));
    }
    if (!unused.isEmpty()) {
      throw new RulePackException(
          "profile 'extend': no bundled rule with id " + String.join(", ", unused));
    }
    return out;
  }
}
