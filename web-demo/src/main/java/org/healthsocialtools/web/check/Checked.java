package org.healthsocialtools.web.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.PlatformCounter;
import org.healthsocialtools.Post;
import org.healthsocialtools.Redactor;
import org.healthsocialtools.Report;
import org.healthsocialtools.rule.RuleInfo;

/**
 * A checked post and everything the page and the API show about it: the report, each finding's rule
 * and one-click fix, the length on every platform counted that platform's way, and the safe version
 * with every privacy finding redacted, and the guidance each finding cites for the readers'
 * country. Immutable.
 *
 * @param citations per finding, the guidance its rule gives for the post's region (or the server's,
 *     when the post names none), or {@code null} when the checker no longer lists the rule
 */
public record Checked(
    Post post,
    Report report,
    List<RuleInfo> rules,
    List<Fix> fixes,
    Map<Platform, Integer> counts,
    String safeVersion,
    List<RuleInfo.Citation> citations) {

  public Checked {
    rules = Collections.unmodifiableList(new ArrayList<>(rules));
    fixes = Collections.unmodifiableList(new ArrayList<>(fixes));
    citations = Collections.unmodifiableList(new ArrayList<>(citations));
    counts = Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /**
   * @param defaultRegion the readers' country when the post's locale names none ({@code GB}), or
   *     empty
   */
  static Checked of(Post post, Report report, ComplianceChecker checker, String defaultRegion) {
    String text = post.text();
    String region = region(post.locale(), defaultRegion);
    List<RuleInfo> rules = new ArrayList<>();
    List<Fix> fixes = new ArrayList<>();
    List<RuleInfo.Citation> citations = new ArrayList<>();
    for (Finding f : report.findings()) {
      RuleInfo r = checker.rule(f.ruleId()).orElse(null);
      rules.add(r);
      fixes.add(Fix.of(f, r, text.length()));
      citations.add(r == null ? null : r.citationFor(region));
    }
    Map<Platform, Integer> counts = new EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      counts.put(p, PlatformCounter.count(text, p));
    }
    return new Checked(
        post, report, rules, fixes, counts, Redactor.redact(text, report.findings()), citations);
  }

  /**
   * The region of a BCP 47 tag ({@code GB} of {@code en-GB}, none of {@code cy}), else {@code
   * defaultRegion}.
   */
  static String region(String locale, String defaultRegion) {
    String country = locale == null ? "" : java.util.Locale.forLanguageTag(locale).getCountry();
    return country.length() == 2 ? country : defaultRegion;
  }

  /** The guidance finding {@code i} cites to this post's readers, or {@code null}. */
  public RuleInfo.Citation citation(int i) {
    return citations.get(i);
  }

  public String text() {
    return post.text();
  }

  /** The rule behind finding {@code i}, or {@code null} if the checker no longer lists it. */
  public RuleInfo rule(int i) {
    return rules.get(i);
  }

  /** The fix of finding {@code i}, or {@code null}. */
  public Fix fix(int i) {
    return fixes.get(i);
  }

  /** The text with finding {@code i}'s fix applied, or the text unchanged when it has none. */
  public String applied(int i) {
    Fix fix = fixes.get(i);
    if (fix == null) {
      return text();
    }
    Finding f = report.findings().get(i);
    return text().substring(0, f.start()) + fix.replacement() + text().substring(f.end());
  }

  /** The rule whose suggestion is a whole safe reply, in double quotes after the advice. */
  static final String REPLY_RULE = "privacy.reply-confirms-patient";

  /**
   * The safe reply to offer in place of a reply that confirms someone is a patient (thanks, no
   * detail, a private channel, in the reply's language), or {@code null} when the post has no such
   * finding.
   */
  public String safeReply() {
    for (Finding f : report.findings()) {
      String s = f.suggestion();
      if (f.ruleId().equals(REPLY_RULE) && s != null) {
        int open = s.indexOf('"');
        int close = s.lastIndexOf('"');
        return open >= 0 && close > open + 1 ? s.substring(open + 1, close) : null;
      }
    }
    return null;
  }

  /**
   * True when finding {@code i} is a reply confirming that someone is a patient and a safe reply is
   * on offer: redacting its words would still confirm them, so the page offers the whole {@link
   * #safeReply} in place of the draft as the finding's fix.
   */
  public boolean fixedBySafeReply(int i) {
    return report.findings().get(i).ruleId().equals(REPLY_RULE) && safeReply() != null;
  }

  public boolean hasPrivacyFindings() {
    return !report.findings(org.healthsocialtools.Category.PRIVACY).isEmpty();
  }
}
