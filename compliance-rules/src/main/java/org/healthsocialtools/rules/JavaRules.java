package org.healthsocialtools.rules;

import java.util.List;
import java.util.function.Function;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rules.privacy.NhsNumberRule;

/**
 * The bundled rules written in Java, for what data cannot say (checksums, context scoring). One explicit list,
 * kept sorted, like Error Prone's {@code BuiltInCheckerSuppliers}.
 */
final class JavaRules {

  static final List<Function<RuleContext, Rule>> ALL = List.of(
      // keep-sorted start
      NhsNumberRule::new
      // keep-sorted end
  );

  private JavaRules() {}
}
