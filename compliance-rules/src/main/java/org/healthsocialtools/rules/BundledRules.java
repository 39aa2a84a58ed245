package org.healthsocialtools.rules;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RulePackException;
import org.healthsocialtools.rule.RulePacks;
import org.healthsocialtools.rule.RuleProvider;

/**
 * The bundled rules: every YAML pack listed in {@link BundledPacks#PACKS} plus the Java rules of {@link
 * JavaRules}. Registered as a {@link RuleProvider} service, so {@code ComplianceChecker.builder().build()} picks
 * them up from the classpath.
 */
public final class BundledRules implements RuleProvider {

  @Override
  public String name() {
    return "bundled";
  }

  @Override
  public List<Rule> rules(RuleContext context) {
    List<Rule> rules = new ArrayList<>();
    for (String pack : BundledPacks.PACKS) {
      URL url = BundledRules.class.getResource("/hst/packs/" + pack);
      if (url == null) {
        throw new RulePackException("bundled pack hst/packs/" + pack + " is missing from the classpath");
      }
      rules.addAll(RulePacks.load(url));
    }
    for (Function<RuleContext, Rule> f : JavaRules.ALL) {
      rules.add(f.apply(context));
    }
    return rules;
  }
}
