package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RulePackException;
import org.healthsocialtools.rule.RulePacks;
import org.junit.jupiter.api.Test;

class ParallelBuildTest {

  @Test
  void resultsComeInStepOrder() {
    List<Callable<Integer>> steps = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      steps.add(() -> n);
    }
    assertThat(ParallelBuild.run(steps))
        .containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
  }

  @Test
  void theFirstFailingStepsExceptionReachesTheCallerUnchanged() {
    RulePackException first = new RulePackException("pack one is broken");
    List<Callable<Integer>> steps =
        List.of(
            () -> 1,
            () -> {
              throw first;
            },
            () -> {
              throw new IllegalStateException("later step");
            });
    assertThatThrownBy(() -> ParallelBuild.run(steps)).isSameAs(first);
  }

  @Test
  void bundledRulesComeInPackThenJavaRuleOrder() {
    RuleContext ctx = new RuleContext(OrganisationProfile.none(), "en-GB");
    List<String> oneByOne = new ArrayList<>();
    for (String pack : BundledPacks.PACKS) {
      for (Rule r : RulePacks.load(BundledRules.class.getResource("/hst/packs/" + pack))) {
        oneByOne.add(r.info().id());
      }
    }
    for (Function<RuleContext, Rule> f : JavaRules.ALL) {
      oneByOne.add(f.apply(ctx).info().id());
    }
    assertThat(new BundledRules().rules(ctx).stream().map(r -> r.info().id()).toList())
        .isEqualTo(oneByOne);
  }
}
