package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
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
 * A private individual's home address: a house number and street ("27 Holly Bank, Rhos") after a
 * residential word or in a care story. A venue's published address (a clinic, a hall, a post with
 * opening times) passes.
 */
@RuleDefinition(
    id = "privacy.home-address",
    kind = Kind.CONTACT,
    severity = Severity.ERROR,
    summary = "Home address of a private individual",
    message = "'{text}' looks like someone's home address.",
    suggestion = "Remove the address; ask people to contact the team instead.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (B) street address",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "Mrs Joan Pryce has lost her cat. She lives at [[27 Holly Bank, Rhos]], LL14 1BX",
      "Please send cards to his home, [[14 Elm Grove]]"
    },
    passes = {
      "Walk-in clinic at Kingsway Health Centre, 22 Market Street, Wakefield WF1 1DH",
      "Free screenings on Saturday, 10am–3pm, Garfield Park, 2500 E. Main St."
    })
public final class HomeAddressRule extends PrivacyRule {

  public HomeAddressRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    if (!Addresses.mayHoldStreet(post)) {
      return;
    }
    Matcher m = Addresses.STREET.matcher(post.text());
    while (m.find()) {
      if (m.start(1) < 0) {
        continue;
      }
      int s = m.start(1);
      int e = m.end(3) >= 0 ? m.end(3) : m.end(2);
      if (profile.ownAddress(post.text().substring(s, m.end(2)))) {
        continue;
      }
      PostFacts facts = PostFacts.of(post, profile);
      String home = Addresses.residentialCue(post, facts, s);
      String venue = Addresses.venueCue(post, s, e);
      List<String> ev = new ArrayList<>(List.of("house number and street"));
      if (home != null) {
        ev.add("'" + home + "' before it (+)");
      } else if (venue == null && facts.patientStory()) {
        ev.add("in a care story, with no venue named (+)");
      } else {
        continue;
      }
      emit(
          post,
          sink,
          s,
          e,
          home != null ? Severity.ERROR : Severity.WARNING,
          null,
          null,
          new Explanation("street address", 0.85, ev));
    }
  }
}
