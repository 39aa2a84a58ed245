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
import org.healthsocialtools.rules.privacy.AgeRule;
import org.healthsocialtools.rules.privacy.CareDateRule;
import org.healthsocialtools.rules.privacy.ClinicalEventRule;
import org.healthsocialtools.rules.privacy.CombinationRule;
import org.healthsocialtools.rules.privacy.EmailRule;
import org.healthsocialtools.rules.privacy.HandleRule;
import org.healthsocialtools.rules.privacy.HealthDetailRule;
import org.healthsocialtools.rules.privacy.HomeAddressRule;
import org.healthsocialtools.rules.privacy.NhsNumberRule;
import org.healthsocialtools.rules.privacy.PatientMediaRule;
import org.healthsocialtools.rules.privacy.PersonNameRule;
import org.healthsocialtools.rules.privacy.PhoneRule;
import org.healthsocialtools.rules.privacy.PostcodeRule;
import org.healthsocialtools.rules.privacy.RecordNumberRule;
import org.healthsocialtools.rules.privacy.ReplyDisclosureRule;
import org.healthsocialtools.rules.privacy.SsnRule;
import org.healthsocialtools.rules.privacy.StreetNameRule;
import org.healthsocialtools.rules.privacy.UnknownIdentifierRule;
import org.healthsocialtools.rules.privacy.WardBedRule;
import org.healthsocialtools.rules.tone.InsensitiveToneRule;
import org.healthsocialtools.rules.tone.SuicideSupportRule;
import org.healthsocialtools.rules.tone.UnprofessionalToneRule;
import org.healthsocialtools.rules.tone.WelshVersionRule;

/**
 * The bundled rules written in Java, for what data cannot say (checksums, context scoring). One
 * explicit list, kept sorted, like Error Prone's {@code BuiltInCheckerSuppliers}.
 */
final class JavaRules {

  static final List<Function<RuleContext, Rule>> ALL =
      List.of(
          // keep-sorted start
          AbbreviationRule::new,
          AgeRule::new,
          AltTextRule::new,
          CapsRule::new,
          CareDateRule::new,
          ClinicalEventRule::new,
          CombinationRule::new,
          EmailRule::new,
          EmojiForWordsRule::new,
          EmojiOveruseRule::new,
          HandleRule::new,
          HashtagCaseRule::new,
          HealthDetailRule::new,
          HomeAddressRule::new,
          InsensitiveToneRule::new,
          LinksRule::new,
          NhsNumberRule::new,
          PatientMediaRule::new,
          PersonNameRule::new,
          PhoneRule::new,
          PostcodeRule::new,
          RecordNumberRule::new,
          ReplyDisclosureRule::new,
          SsnRule::new,
          StreetNameRule::new,
          SuicideSupportRule::new,
          UnknownIdentifierRule::new,
          UnprofessionalToneRule::new,
          WardBedRule::new,
          WelshVersionRule::new
          // keep-sorted end
          );

  private JavaRules() {}
}
