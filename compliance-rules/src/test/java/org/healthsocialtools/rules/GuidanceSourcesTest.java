package org.healthsocialtools.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * What a reader is sent to and shown as a rule's source: the guidance is a primary or official page over HTTPS or
 * HTTP, not a document-sharing copy, a law firm's or agency's blog, a vendor's page or a staging site; and no
 * rule names a file of this project's own working notes ("labelling.md") to a reader.
 */
class GuidanceSourcesTest {

  /** Hosts that only copy, summarise or sell what a regulator or platform says. */
  private static final List<String> NOT_PRIMARY = List.of("dokumen.tips", "scribd.com", "mondaq.com",
      "immediatefuture.co.uk", "ayrshare.com", "stagingmolly.", "staging.", "lexology.com", "slideshare.net");
  private static final Pattern FILE_NAME = Pattern.compile("\\b[\\w-]+\\.(md|txt|ya?ml|jsonl)\\b");

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

  @Test
  void noRuleShowsAnInternalFileName() {
    for (RuleInfo r : rules()) {
      List<String> shownTexts = new ArrayList<>(List.of(r.summary(), r.message(), r.source(),
          r.suggestion() == null ? "" : r.suggestion()));
      r.regional().values().forEach(c -> shownTexts.add(c.source()));
      for (String shown : shownTexts) {
        assertThat(FILE_NAME.matcher(shown).find()).as("%s shows a file name: %s", r.id(), shown).isFalse();
      }
    }
  }
}
