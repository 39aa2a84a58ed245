package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthsocialtools.Category;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * What a reader is sent to and shown as a rule's source: the guidance is a primary or official page
 * over HTTPS or HTTP, not a document-sharing copy, a law firm's or agency's blog, a vendor's page
 * or a staging site; and no rule names a file of this project's own working notes ("labelling.md")
 * to a reader.
 */
class GuidanceSourcesTest {

  /** Hosts that only copy, summarise or sell what a regulator or platform says. */
  private static final List<String> NOT_PRIMARY =
      List.of(
          "dokumen.tips",
          "scribd.com",
          "mondaq.com",
          "immediatefuture.co.uk",
          "ayrshare.com",
          "stagingmolly.",
          "staging.",
          "lexology.com",
          "slideshare.net");

  private static final Pattern FILE_NAME =
      Pattern.compile("\\b[\\w-]+\\.(md|txt|ya?ml|jsonl?|js|java|csv)\\b");

  private static List<RuleInfo> rules() {
    try (ComplianceChecker checker = ComplianceChecker.builder().build()) {
      return checker.rules();
    }
  }

  @Test
  void guidanceIsAPrimaryOrOfficialPage() {
    List<RuleInfo> rules = rules();
    assertThat(rules).hasSizeGreaterThan(100);
    for (RuleInfo r : rules) {
      List<String> urls = new ArrayList<>(List.of(r.guidance()));
      r.regional().values().forEach(c -> urls.add(c.url()));
      for (String url : urls) {
        URI uri = URI.create(url);
        assertThat(uri.getScheme()).as(r.id()).isIn("https", "http");
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        assertThat(NOT_PRIMARY).as("%s guidance host %s", r.id(), host).noneMatch(host::contains);
      }
    }
  }

  /**
   * Identifiers that exist in one country only: their guidance is that country's, for every reader.
   */
  private static final Set<String> ONE_COUNTRY =
      Set.of(
          "privacy.nhs-number",
          "privacy.ni-number",
          "privacy.ssn",
          "privacy.npi",
          "privacy.mbi",
          "privacy.codice-fiscale",
          "privacy.spanish-dni");

  private static final List<String> US_HOSTS = List.of("hhs.gov", "cms.gov");
  private static final List<String> UK_HOSTS =
      List.of("gmc-uk.org", "nmc.org.uk", "hcpc-uk.org", "ico.org.uk", "nhs.uk", "gov.uk");

  /**
   * A privacy rule for any English post cites UK regulators to UK readers and HHS to US readers.
   */
  @Test
  void privacyFindingsCiteTheReadersCountry() {
    for (RuleInfo r : rules()) {
      if (r.category() != Category.PRIVACY
          || ONE_COUNTRY.contains(r.id())
          || !(r.language().equals("any") || r.language().equals("en"))
          || !r.region().isEmpty()) {
        continue;
      }
      String uk = URI.create(r.citationFor("GB").url()).getHost();
      String us = URI.create(r.citationFor("US").url()).getHost();
      assertThat(UK_HOSTS).as("%s cites %s to UK readers", r.id(), uk).anyMatch(uk::endsWith);
      assertThat(US_HOSTS).as("%s cites %s to US readers", r.id(), us).anyMatch(us::endsWith);
    }
  }

  @Test
  void noRuleShowsAnInternalFileName() {
    for (RuleInfo r : rules()) {
      List<String> shownTexts =
          new ArrayList<>(
              List.of(
                  r.summary(),
                  r.message(),
                  r.source(),
                  r.suggestion() == null ? "" : r.suggestion()));
      r.regional().values().forEach(c -> shownTexts.add(c.source()));
      for (String shown : shownTexts) {
        assertThat(FILE_NAME.matcher(shown).find())
            .as("%s shows a file name: %s", r.id(), shown)
            .isFalse();
      }
    }
  }
}
