package org.healthsocialtools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.Test;

/** The engine's allocation-free rule filter answers exactly as {@link RuleInfo#appliesTo} does. */
class CheckEngineAppliesTest {

  @Test
  void sameAnswerAsRuleInfo() {
    List<String> locales =
        List.of(
            "any", "ANY", "en", "EN", "cy", "en-GB", "en-gb", "en-US", "es-419", "e", "eng", "en-",
            "any-GB", "it-IT");
    List<String> languages = List.of("en", "cy", "es", "it", "und", "e", "eng");
    List<String> regions = List.of("", "GB", "US", "419", "G", "GBR");
    int checked = 0;
    for (String l : locales) {
      RuleInfo info =
          new RuleInfo(
              "x.rule",
              Kind.values()[0],
              Severity.WARNING,
              "s",
              "m",
              null,
              "https://x",
              l,
              "",
              List.of());
      for (String lang : languages) {
        for (String region : regions) {
          assertThat(CheckEngine.applies(info, lang, region))
              .as(l + " / " + lang + " / " + region)
              .isEqualTo(info.appliesTo(lang, region));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(locales.size() * languages.size() * regions.size());
  }
}
