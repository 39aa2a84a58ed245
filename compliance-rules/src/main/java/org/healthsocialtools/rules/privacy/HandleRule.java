package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A private individual's social handle: the person a public reply answers (a leading @handle, or
 * the post's replyTo), or a handle introduced as a person's ("her Instagram is @..."). Organisation
 * handles (the profile's, and names with NHS, Trust, Hospital, Council...) pass.
 */
@RuleDefinition(
    id = "privacy.handle",
    kind = Kind.CONTACT,
    severity = Severity.WARNING,
    summary = "Social media handle of a private individual",
    message =
        "'{text}' is a private person's handle: a public reply ties them to this organisation's care.",
    suggestion =
        "Reply privately (direct message), or leave the handle out of a public post about care.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source =
        "HIPAA Safe Harbor (R) other unique identifying codes; HHS OCR enforcement on replies to reviews",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "[[@kaz_m_1980]] Thank you, Karen! So glad the team looked after your mum",
      "Follow his recovery on Instagram: [[@brave_billy_2015]]"
    },
    passes = {
      "@NorthbrookPTS absolute joke, sort it out.",
      "Follow @NHSEngland for updates",
      "Thanks to @NorthbrookNHS and everyone who came"
    })
public final class HandleRule extends PrivacyRule {

  private static final Set<String> ORG_PARTS =
      Set.of(
          "nhs",
          "trust",
          "hosp",
          "hospital",
          "council",
          "gov",
          "uk",
          "clinic",
          "health",
          "care",
          "team",
          "official",
          "news",
          "charity",
          "ambulance",
          "pts",
          "gp",
          "ccg",
          "icb",
          "pharmacy",
          "surgery",
          "practice",
          "university",
          "uni",
          "college",
          "foundation",
          "mind",
          "samaritans");
  private static final Set<String> PERSONAL_CUES =
      Set.of("his", "her", "their", "mum", "dad", "daughter", "son", "wife", "husband", "follow");

  public HandleRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() != TokenType.MENTION
          || profile.handles.contains(t.key().toLowerCase(Locale.ROOT))
          || orgLike(t.key())) {
        continue;
      }
      boolean leading = i == 0 || allMentionsBefore(tokens, i);
      boolean replyTo =
          post.post().isReply()
              && ProfileView.handleKey(post.post().replyTo())
                  .equals(t.key().toLowerCase(Locale.ROOT));
      String cue = Near.keyBefore(post, t.start(), 5, PERSONAL_CUES);
      boolean story = PostFacts.of(post, profile).patientStory();
      List<String> ev = new ArrayList<>(3);
      if ((leading || replyTo) && story) {
        ev.add("the public reply answers this person (+)");
      } else if (cue != null && story && !cue.equals("follow")) {
        ev.add("'" + cue + "' before the handle (+)");
      } else if (cue != null
          && cue.equals("follow")
          && story
          && !leading
          && Near.keyBefore(post, t.start(), 5, Set.of("his", "her", "their")) != null) {
        ev.add("a person's account in a care story (+)");
      } else {
        continue;
      }
      ev.add("does not look like an organisation's handle");
      emit(
          post,
          sink,
          t.start(),
          t.end(),
          Severity.WARNING,
          null,
          null,
          new Explanation("handle", 0.7, ev));
    }
  }

  private static boolean allMentionsBefore(List<Token> tokens, int i) {
    for (int j = 0; j < i; j++) {
      if (tokens.get(j).type() != TokenType.MENTION) {
        return false;
      }
    }
    return true;
  }

  private static boolean orgLike(String handle) {
    String h = handle.toLowerCase(Locale.ROOT);
    for (String p : ORG_PARTS) {
      if (h.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
