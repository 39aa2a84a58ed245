package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Clinical detail that no vocabulary lists, found by its grammar in one pass over the tokens: a
 * clinical event and what it is about ("admitted with ...", "diagnosed with ...", "recovering from
 * ...", "ricoverata per ..."), a body part with an injury or treatment ("a dislocated shoulder",
 * "hip replacement", "had her hip replaced", "frattura del femore"), a result with its value
 * ("potassium 6.1", "HbA1c down from 9.1"), a dose, a pregnancy ("32 weeks pregnant") and a
 * recovery state ("two years sober"). Reported only where the sentence is tied to a person ({@link
 * PostFacts#tiedToPerson}); a complement the clinical lexicons already hold is left to {@link
 * HealthDetailRule}, so a detail is reported once.
 */
@RuleDefinition(
    id = "privacy.clinical-event",
    kind = Kind.HEALTH,
    severity = Severity.WARNING,
    summary = "Clinical event, injury, result or dose of an identifiable person",
    message = "'{text}' is clinical detail about an identifiable person.",
    suggestion =
        "Remove the clinical detail, or keep it general ('recovering well') and get written consent.",
    guidance = "https://www.gmc-uk.org/professionals/ethical-guidance/doctors-use-of-social-media",
    source = "GMC Doctors' use of social media; HIPAA Privacy Rule (health information is PHI)",
    regional =
        "US https://www.hhs.gov/hipaa/for-professionals/privacy/index.html HHS: HIPAA Privacy Rule",
    flags = {
      "Big cheers for Frank, who came in last month after he [[dislocated his shoulder]]",
      "Mum was [[admitted with a nasty chest bug]] on Friday",
      "Grandad has finally [[had his knee replaced]] and is already up and walking",
      "She is [[two years sober]] this week and we could not be prouder",
      "His [[potassium was 6.8]] when he arrived",
      "La señora Rosa fue [[operada de la cadera]] ayer",
      "Nonna Lucia, [[ricoverata per una brutta caduta]], oggi torna a casa"
    },
    passes = {
      "Anyone admitted with chest pain is seen by a cardiologist within the hour",
      "Our hip replacement clinic has moved to the Orchard Wing",
      "Half of people living with diabetes do not know their HbA1c",
      "Knee pain? Our physio team can help"
    })
public final class ClinicalEventRule extends PrivacyRule {

  private static final String DIR = "/hst/lexicons/";
  private static final Lexicon TRIGGERS =
      Lexicon.fromResource(ClinicalEventRule.class, DIR + "clinical-event-triggers.txt");

  private static final Set<String> SERVICE =
      Set.of(
          "clinic",
          "clinics",
          "service",
          "services",
          "unit",
          "team",
          "ward",
          "list",
          "lists",
          "pathway",
          "school",
          "programme",
          "surgeon",
          "surgeons",
          "specialist",
          "nurse",
          "waiting",
          "patients",
          "appointments",
          "class",
          "classes",
          "group");

  /**
   * Every key a pattern can start with: the first keys of the lexicons and the opening word sets.
   */
  private static final Set<String> STARTERS = starters();

  private static Set<String> starters() {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String file : List.of("clinical-event-triggers.txt", "body-parts.txt")) {
      for (String line : PrivacyLexicons.lines(file)) {
        addFirstKeys(line, out);
      }
    }
    for (String m : ClinicalFigures.MEASURE_LIST) {
      addFirstKeys(m, out);
    }
    out.addAll(BodyInjuries.INJURED);
    out.addAll(BodyInjuries.INJURY_BEFORE);
    out.addAll(BodyInjuries.HAD);
    out.addAll(ClinicalFigures.NUMBER_WORDS);
    out.add("sober");
    out.add("clean");
    return Set.copyOf(out);
  }

  /**
   * The first word's key, whole ("pen-glin") and up to its first hyphen ("pen"), however the
   * tokenizer splits it.
   */
  private static void addFirstKeys(String phrase, java.util.Set<String> out) {
    String first = phrase.strip().split("\\s+")[0];
    out.add(DisclosureModel.key(first));
    List<String> parts = DisclosureModel.keys(first);
    if (!parts.isEmpty()) {
      out.add(parts.get(0));
    }
  }

  public ClinicalEventRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    PostFacts facts = null;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() && t.type() != TokenType.NUMBER
          || !STARTERS.contains(t.key()) && !startsWithDigit(t)) {
        continue; // one hash probe rules out most tokens
      }
      int[] span = null;
      String why = null;
      Lexicon.Match trig = TRIGGERS.longestAt(post, i);
      if (trig != null
          && !(i > 0 && EventComplement.GENERIC_BEFORE.contains(tokens.get(i - 1).key()))
          && !(i > 1 && EventComplement.GENERIC_BEFORE.contains(tokens.get(i - 2).key()))) {
        int end = EventComplement.complement(post, trig.end());
        if (end > trig.end()) {
          span = new int[] {i, end};
          why = "'" + trig.entry() + "' introduces a clinical event";
        }
      }
      if (span == null) {
        span = BodyInjuries.injury(post, i);
        why = span == null ? null : "a body part with an injury or treatment";
      }
      if (span == null) {
        span = ClinicalFigures.result(post, i);
        why = span == null ? null : "a test result with its value";
      }
      if (span == null) {
        span = ClinicalFigures.doseOrState(post, i);
        why = span == null ? null : "a dose, pregnancy or recovery state with its figure";
      }
      if (span == null) {
        continue;
      }
      if (span[1] < n && SERVICE.contains(tokens.get(span[1]).key())
          || ClinicalFrames.serviceAfter(post, span[1])
          || ClinicalFrames.activity(post, i) != null) {
        i = span[1] - 1;
        continue; // "hip replacement clinic", "a fractured hip scenario in training": not a person
      }
      if (facts == null) {
        facts = PostFacts.of(post, profile);
      }
      if (coveredByLexicon(facts, span)) {
        i = span[1] - 1;
        continue;
      }
      List<String> ev = new ArrayList<>(3);
      ev.add(why);
      if (facts.tiedToPerson(i)) {
        ev.add(
            facts.individualSentence[t.sentence()]
                ? "the sentence refers to one individual (+)"
                : "the post is a care story about a person (+)");
      } else if (ClinicalFrames.tie(post, facts, i) != null) {
        ev.add(ClinicalFrames.tie(post, facts, i));
      } else if (!learnt(post, span[0], span[1], ev)) {
        i = span[1] - 1;
        continue;
      }
      emit(
          post,
          sink,
          t.start(),
          tokens.get(span[1] - 1).end(),
          facts.hasPatient() ? Severity.ERROR : Severity.WARNING,
          null,
          null,
          new Explanation("clinical grammar", 0.75, ev));
      i = span[1] - 1;
    }
    PostFacts all = facts != null ? facts : PostFacts.of(post, profile);
    if (!all.health.isEmpty()) {
      lexiconTerms(post, sink, all);
    }
  }

  /**
   * Clinical terms from the vocabularies that {@link HealthDetailRule} left because no hand rule
   * tied them to a person: the disclosure model weighs the sentence around them.
   */
  private void lexiconTerms(AnalyzedPost post, FindingSink sink, PostFacts facts) {
    List<Token> tokens = post.tokens();
    for (Lexicon.Match m : facts.health) {
      boolean service = m.end() < tokens.size() && SERVICE.contains(tokens.get(m.end()).key());
      boolean gpSurgery = m.end() - m.first() == 1 && tokens.get(m.first()).key().equals("surgery");
      if (service || gpSurgery || facts.tiedToPerson(m.first())) {
        continue;
      }
      List<String> ev = new ArrayList<>(3);
      ev.add("'" + m.entry() + "' is in the clinical vocabularies");
      if (learnt(post, m.first(), m.end(), ev)) {
        emit(
            post,
            sink,
            tokens.get(m.first()).start(),
            tokens.get(m.end() - 1).end(),
            Severity.WARNING,
            null,
            null,
            new Explanation("clinical term weighed by the disclosure model", 0.7, ev));
      }
    }
  }

  /**
   * True if the model judges tokens {@code [first, end)} a disclosure; adds its figure and cues to
   * {@code ev}.
   */
  private static boolean learnt(AnalyzedPost post, int first, int end, List<String> ev) {
    DisclosureModel.Context c = DisclosureModel.context(post, first, end);
    if (c == null) {
      return false;
    }
    double p = DisclosureModel.judge(c);
    if (!(p >= DisclosureModel.THRESHOLD)) { // NaN never reports
      return false;
    }
    ev.add(
        String.format(
            java.util.Locale.ROOT,
            "disclosure model %.2f from cues %s (+)",
            p,
            DisclosureModel.cues(c)));
    return true;
  }

  private static boolean coveredByLexicon(PostFacts facts, int[] span) {
    for (Lexicon.Match m : facts.health) {
      if (m.first() >= span[0] && m.end() <= span[1]
          || m.first() <= span[0] && m.end() >= span[1]) {
        return true;
      }
    }
    return false;
  }
}
