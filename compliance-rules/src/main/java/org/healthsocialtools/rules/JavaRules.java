package org.healthsocialtools.rules;

import java.util.List;
import java.util.function.Function;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rules.accessibility.AltTextRule;
import org.healthsocialtools.rules.accessibility.CapsRule;
import org.healthsocialtools.rules.accessibility.EmojiForWordsRule;
import org.healthsocialtools.rules.accessibility.EmojiOveruseRule;
import org.healthsocialtools.rules.accessibility.HashtagCaseRule;
import org.healthsocialtools.rules.clarity.AbbreviationRule;
import org.healthsocialtools.rules.platform.LinksRule;
import org.healthsocialtools.rules.privacy.NhsNumberRule;
import org.healthsocialtools.rules.tone.SuicideSupportRule;
import org.healthsocialtools.rules.tone.WelshVersionRule;

/**
 * The bundled rules written in Java, for what data cannot say (checksums, context scoring). One explicit list,
 * kept sorted, like Error Prone's {@code BuiltInCheckerSuppliers}.
 */
final class JavaRules {

  static final List<Function<RuleContext, Rule>> ALL = List.of(
      // keep-sorted start
      AbbreviationRule::new,
      AltTextRule::new,
      CapsRule::new,
      EmojiForWordsRule::new,
      EmojiOveruseRule::new,
      HashtagCaseRule::new,
      LinksRule::new,
      NhsNumberRule::new,
      SuicideSupportRule::new,
      WelshVersionRule::new
      // keep-sorted end
  );

  private JavaRules() {}
}
