package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.regex.Matcher;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A street named as where a person lives or comes from ("his own flat on Harcourt Road", "Mrs H
 * from Ashby Road").
 */
@RuleDefinition(
    id = "privacy.street",
    kind = Kind.LOCATION,
    severity = Severity.WARNING,
    summary = "Street where a person lives",
    message = "'{text}' says where someone lives.",
    suggestion = "Leave the street out, or give only the town or area.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (B)",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "Kevin picked up the keys to his own flat on [[Harcourt Road]] today",
      "Mrs H from [[Ashby Road]] has rung 14 times today"
    },
    passes = {
      "Our open day is at the Ashby Road Education Centre, 10am–3pm",
      "Killer bargains at our charity shop, open 9am–4pm on Castle Street"
    })
public final class StreetNameRule extends PrivacyRule {

  public StreetNameRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    if (!Addresses.mayHoldStreet(post)) {
      return;
    }
    Matcher m = Addresses.STREET.matcher(post.text());
    while (m.find()) {
      if (m.start(1) >= 0) {
        continue; // with a house number: the home-address rule
      }
      int s = m.start(2);
      int e = m.end(2);
      PostFacts facts = PostFacts.of(post, profile);
      String home = Addresses.residentialCue(post, facts, s);
      if (home == null
          || Addresses.venueCue(post, s, e) != null && !home.contains("after")
          || profile.ownAddress(post.text().substring(s, e))) {
        continue;
      }
      emit(
          post,
          sink,
          s,
          e,
          Severity.WARNING,
          null,
          null,
          new Explanation("street name", 0.7, List.of("'" + home + "' before it (+)")));
    }
  }
}
