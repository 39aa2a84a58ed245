package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Category;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Span;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Combination risk: details that are each only a warning (a first name, a ward, an age, a
 * condition) identify a person together. Runs after the other rules and blocks when the post holds
 * a name with a place, date, age or condition, or three kinds of detail about someone. Reported on
 * the most identifying detail, with every component in the explanation.
 */
@RuleDefinition(
    id = "privacy.combination",
    kind = Kind.PERSON,
    severity = Severity.ERROR,
    summary = "Several details that together identify a patient",
    message = "Together, these details identify a patient: {text} with other details in the post.",
    suggestion =
        "Remove most of the details; keep at most one general fact ('a patient on one of our wards').",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source =
        "HIPAA expert determination (combinations of quasi-identifiers); ICO anonymisation guidance",
    regional =
        "GB https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/ ICO: UK GDPR guidance and resources",
    flags = {
      "Everyone on Cedar Ward has been celebrating with [[Dorothy]] today as she reaches her century!",
      "Shout out to the [[79-year-old]] on Ward 4 who came in with a heart attack"
    },
    passes = {
      "Lady in bay 3 has asked for a cup of tea 11 times since 2am",
      "Our flu clinic is open this Saturday at Kingsway Health Centre"
    })
public final class CombinationRule extends PrivacyRule {

  private static final List<Kind> PRIORITY =
      List.of(
          Kind.PERSON,
          Kind.CONTACT,
          Kind.IDENTIFIER,
          Kind.AGE,
          Kind.DATE,
          Kind.LOCATION,
          Kind.HEALTH,
          Kind.MEDIA);

  public CombinationRule(RuleContext context) {
    super(context);
  }

  @Override
  public boolean combinesFindings() {
    return true;
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    Map<Kind, Finding> first = new EnumMap<>(Kind.class);
    for (Finding f : sink.findingsSoFar()) {
      if (f.category() != Category.PRIVACY || f.severity() == Severity.INFO) {
        continue;
      }
      if (f.severity() == Severity.ERROR) {
        return; // already blocking
      }
      first.putIfAbsent(f.kind(), f);
    }
    boolean person = first.containsKey(Kind.PERSON);
    int quasi = count(first, Kind.LOCATION, Kind.DATE, Kind.AGE, Kind.CONTACT);
    boolean health = first.containsKey(Kind.HEALTH);
    if (!(first.size() >= 3
        || person && (quasi >= 1 || health)
        || health && quasi >= 1 && first.size() >= 2)) {
      return;
    }
    Finding anchor = null;
    for (Kind k : PRIORITY) {
      if (first.containsKey(k)) {
        anchor = first.get(k);
        break;
      }
    }
    List<String> ev = new ArrayList<>();
    for (Finding f : first.values()) {
      ev.add(f.kind() + " '" + f.text().strip() + "' (" + f.ruleId() + ")");
    }
    ev.add("each is a warning alone; together they point at one person");
    int[] n = toNormalised(post, anchor.span());
    if (n != null) {
      sink.report(
          n[0],
          n[1],
          Severity.ERROR,
          null,
          info().suggestion(),
          new Explanation("combination of " + first.size() + " kinds of detail", 0.9, ev));
    }
  }

  private static int count(Map<Kind, Finding> m, Kind... kinds) {
    int n = 0;
    for (Kind k : kinds) {
      n += m.containsKey(k) ? 1 : 0;
    }
    return n;
  }

  /**
   * The normalised range that maps to {@code span} of the original text (binary search on the
   * monotone map).
   */
  static int[] toNormalised(AnalyzedPost post, Span span) {
    int len = post.text().length();
    int lo = 0;
    int hi = len;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (post.toOriginal(mid, Math.min(len, mid + 1)).start() < span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int s = lo;
    for (int e = s + 1; e <= len; e++) {
      Span o = post.toOriginal(s, e);
      if (o.end() >= span.end()) {
        return o.start() == span.start() && o.end() == span.end() ? new int[] {s, e} : null;
      }
    }
    return null;
  }
}
