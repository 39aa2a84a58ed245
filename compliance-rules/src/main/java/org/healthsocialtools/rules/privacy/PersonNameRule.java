package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Names of patients, relatives and other private individuals (see {@link PersonFinder}). Staff
 * named in a staff, award or recruitment context, the organisation's names and consenting staff in
 * its profile are not reported, nor are places, hospitals and public figures in a public story
 * ({@link NotAPatient}). A full name or a title and name in a care story is an error; a first name
 * alone asks for a look.
 */
@RuleDefinition(
    id = "privacy.person-name",
    kind = Kind.PERSON,
    severity = Severity.WARNING,
    summary = "Name of a patient, relative or other private individual",
    message = "'{text}' looks like the name of a patient or private individual.",
    suggestion =
        "Remove the name or describe the person in general terms ('one of our patients'). Consent to"
            + " share cannot be checked here.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (A) names; GMC confidentiality guidance",
    regional =
        "GB https://www.gmc-uk.org/professionals/ethical-guidance/doctors-use-of-social-media GMC: Doctors' use of social media",
    flags = {
      "Huge thanks to the team who looked after [[Margaret Ellison]] after her fractured hip",
      "Everyone has been celebrating with [[Dorothy]] today as she reaches her century!",
      "Shoutout to [[Mar\u200bgaret]] in side room 4 who taught us whist",
      "[[Hope]] has come such a long way since her spinal surgery. Keep going, [[Hope]]!",
      "Thank you for your service, Mr. [[Harold]]! Room 318 will miss you",
      "Oggi la signora [[Maria]], 98 anni, ci ha insegnato a fare i tortellini",
      "[[Grace]]'s smile lights up the ward after her transplant",
      "Happy birthday to our lovely Mr [[Evans]] in Bay 2",
      "Get well soon [[Frank]], we all miss you on the ward after your fall",
      "Found in the waiting room: a ring belonging to Mrs [[Bevan]]. Her husband is at the desk.",
      "Our patient [[Florence]], 84, went home today after her hip operation"
    },
    passes = {
      "Congratulations to Joy Adeyemi, Ward Manager, named Nurse Leader of the Year! We're proud of you, Joy.",
      "Congratulations to our Porter of the Year, Frank Osei! Thank you, Frank",
      "Happy retirement to Sister Pauline Grant after 38 years. Thank you, Pauline.",
      "Meet Dr. Lee, who joins our neurology team. Welcome!",
      "Join us at Victoria Park on Sunday for the charity 5k",
      "Ramadan Mubarak to everyone celebrating",
      "There is hope for people with this condition",
      "Our clinic at St Aidan's Hospital is open in May",
      "Aneurin Bevan founded the NHS in 1948",
      "Good luck to everyone running the half marathon for the hospital charity!",
      "Greetings from Florence, where our stroke team is presenting at the European congress",
      "Car parking at the Royal Victoria is limited this week",
      "Gareth Bale officially opened our new community sports clinic"
    })
public final class PersonNameRule extends PrivacyRule {

  public PersonNameRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    PostFacts facts = PostFacts.of(post, profile);
    if (profile.deny.size() > 0) {
      var tokens = post.tokens();
      for (var d : profile.deny.findAll(post)) {
        emit(
            post,
            sink,
            tokens.get(d.first()).start(),
            tokens.get(d.end() - 1).end(),
            Severity.ERROR,
            "'{text}' is on the organisation's deny list.",
            null,
            new Explanation(
                "deny list", 1.0, List.of("listed in the organisation profile's deny list")));
      }
    }
    boolean story = facts.patientScore() > 0;
    boolean safeReply = ReplyDetails.replyLike(post, facts) && facts.replyDetails().isEmpty();
    for (Mention m : facts.people) {
      if (m.staff() || safeReply && ReplyDetails.addressee(post, m.first())) {
        continue; // "Hi Linda, thank you for your kind words": the person answered, and nothing
        // about their care
      }
      List<String> ev = new ArrayList<>(m.evidence());
      ev.add(
          story
              ? "the post reads as a care story (" + facts.patientScore() + " patient cues) (+)"
              : "no staff, award or recruitment context (+)");
      Severity sev = m.strong() && story ? Severity.ERROR : Severity.WARNING;
      emit(
          post,
          sink,
          m.start(),
          m.endOffset(),
          sev,
          null,
          null,
          new Explanation("name", Math.min(1.0, m.confidence() + (story ? 0.1 : 0)), ev));
    }
  }
}
