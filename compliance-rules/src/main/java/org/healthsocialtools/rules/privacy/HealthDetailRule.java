package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Clinical detail about an identifiable individual: a condition, procedure or result from the
 * lexicons in a sentence that refers to one person (a name, "she", "his mum", "a 34-year-old"), or
 * anywhere in a post that names a patient unless the sentence is general advice ("if you have
 * diabetes"). A term that names a service ("stroke unit", "diabetes clinic") is not a detail about
 * anyone. Also birth details ("born at 26 weeks", "7lb 2oz").
 */
@RuleDefinition(
    id = "privacy.health-detail",
    kind = Kind.HEALTH,
    severity = Severity.WARNING,
    summary = "Clinical detail about an identifiable person",
    message = "'{text}' is clinical detail about an identifiable person.",
    suggestion =
        "Remove the clinical detail, or keep it general ('recovering well') and get written consent.",
    guidance = "https://www.gmc-uk.org/professionals/ethical-guidance/doctors-use-of-social-media",
    source = "HIPAA Privacy Rule PHI; GMC Doctors' use of social media",
    regional =
        "US https://www.hhs.gov/hipaa/for-professionals/privacy/index.html HHS: HIPAA Privacy Rule",
    flags = {
      "Huge thanks to the team who looked after Margaret after her [[fractured hip]].",
      "Today a patient's son shouted because his mum's [[biopsy]] results weren't back",
      "When Ellie was [[born at 26 weeks]] she fitted in her dad's hand",
      "Welcome to the world, baby Isla! [[7lb 2oz]] of joy",
      "Since starting treatment, Derek has lost four stone and his [[type 2 diabetes]] is [[in remission]]",
      "la señora Rosa Delgado sale hoy después de su [[cirugía]] de corazón",
      "The driver was [[three times the limit]] when the crew reached him",
      "Mr Okafor went to [[the cath lab]] at 3am"
    },
    passes = {
      "Chi ha la polmonite deve riposare e bere molto.",
      "Did you know 1 in 10 adults in Calderdale have diabetes?",
      "If you have diabetes, speak to your GP before fasting",
      "Congratulations to Joy, Ward Manager on our stroke unit",
      "Our breast cancer screening clinic is open on Saturday",
      "Big thanks to Kerry and the night team in resus",
      "Well done to Jake, who learned CPR at our training day"
    })
public final class HealthDetailRule extends PrivacyRule {

  /** Birth details; a line break between the words counts as a space. */
  private static final Pattern BIRTH =
      Pattern.compile(
          ("(?i)\\b((?:born|arrived|delivered|came)(?: early)? (?:at|after) [0-9]{2}(?:\\+[0-9])? weeks"
                  + "|(?:at|after) (?:2[2-9]|3[0-9]|4[0-2])(?:\\+[0-9])? weeks(?:'? gestation| pregnant)?"
                  + "|[0-9]{2}(?:\\+[0-9])? weeks'? gestation"
                  + "|(?:nat[oa]|naci(?:ó|o|do|da)) (?:alla |a la |a las |con |de )?[0-9]{2}(?:ª|a)? "
                  + "(?:settiman[ae]|semanas?)"
                  + "|[0-9]{1,2} ?lbs? ?[0-9]{1,2} ?oz|"
                  + "[0-9]\\.[0-9]{1,3} ?kg)\\b")
              .replace(" ", "[ \\n]"));

  private static final Pattern RULE_OUT = Pattern.compile("(?i)\\b(r/o ?[A-Z][A-Za-z]{1,12})\\b");

  /**
   * Diagnoses as clinicians abbreviate them; upper case only, so "mi" (Spanish) or "Ms" never
   * match.
   */
  private static final Set<String> ACRONYMS =
      Set.of(
          "MI", "STEMI", "NSTEMI", "PE", "DVT", "TIA", "CVA", "UTI", "HCM", "AF", "CKD", "AKI",
          "ACS", "SAH", "NOF", "MND", "CLL", "CML");

  /** "the surgery", "our practice": a GP surgery is a place, not an operation. */
  private static final Set<String> PLACE_BEFORE = Set.of("the", "our", "your", "at", "local", "gp");

  public HealthDetailRule(RuleContext context) {
    super(context);
  }

  private static boolean place(List<Token> tokens, Lexicon.Match m) {
    return m.end() - m.first() == 1
        && tokens.get(m.first()).key().equals("surgery")
        && m.first() > 0
        && PLACE_BEFORE.contains(tokens.get(m.first() - 1).key());
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    PostFacts facts = PostFacts.of(post, profile);
    List<Token> tokens = post.tokens();
    boolean named = !facts.patients().isEmpty();
    for (Lexicon.Match m : facts.health) {
      int sentence = tokens.get(m.first()).sentence();
      boolean service =
          m.end() < tokens.size()
              && ClinicalFrames.SERVICE_NOUN.containsKey(tokens.get(m.end()).key());
      if (service && (!facts.individualSentence[sentence] || tokens.get(m.end()).isCapitalised())
          || place(tokens, m)
          || ClinicalFrames.serviceAfter(post, m.end())
          || !possessed(tokens, m.first())
              && (ClinicalFrames.activity(post, m.first()) != null
                  || ClinicalFrames.general(post, m.first()) != null)) {
        continue; // a service, a place, or a topic of training or awareness: not about anyone
      }
      Lexicon.Match where = ClinicalFrames.place(post, m.first());
      boolean taken = where != null && ClinicalFrames.takenTo(post, m.first());
      if (where != null && !taken) {
        continue; // "Kerry in resus": where staff work, not where a patient was taken
      }
      String tie = ClinicalFrames.tie(post, facts, m.first());
      if (tie == null) {
        continue;
      }
      List<String> ev = new ArrayList<>(4);
      ev.add("'" + m.entry() + "' is in the conditions and procedures lexicon");
      if (taken) {
        ev.add("someone was taken to this place of care (+)");
      }
      ev.add(tie);
      emit(
          post,
          sink,
          tokens.get(m.first()).start(),
          tokens.get(m.end() - 1).end(),
          named ? Severity.ERROR : Severity.WARNING,
          null,
          null,
          new Explanation("clinical term", 0.8, ev));
    }
    framedDetails(post, sink, facts);
    for (Token t : tokens) {
      if (ACRONYMS.contains(t.text()) && facts.tiedToPerson(t.index())) {
        emit(
            post,
            sink,
            t.start(),
            t.end(),
            Severity.WARNING,
            null,
            null,
            new Explanation(
                "clinical acronym",
                0.7,
                List.of(
                    "'" + t.text() + "' is a diagnosis written as an acronym",
                    "a sentence about one person (+)")));
      }
    }
    String text = post.text();
    // Cheap gates, each implied by a match: BIRTH needs a digit and "week", "lb" or "kg";
    // RULE_OUT needs the slash of "r/o".
    boolean birth =
        digits(text, 1) > 0
            && (containsIgnoreCase(text, "week")
                || containsIgnoreCase(text, "settiman")
                || containsIgnoreCase(text, "semana")
                || containsIgnoreCase(text, "lb")
                || containsIgnoreCase(text, "kg"));
    boolean ruleOut = text.indexOf('/') >= 0;
    List<Pattern> patterns =
        birth && ruleOut
            ? List.of(BIRTH, RULE_OUT)
            : birth ? List.of(BIRTH) : ruleOut ? List.of(RULE_OUT) : List.of();
    for (Pattern p : patterns) {
      Matcher bm = p.matcher(post.text());
      while (bm.find()) {
        int at = post.tokenAtOrAfter(bm.start(1));
        String tie = ClinicalFrames.tie(post, facts, at);
        if (tie == null
            && p == BIRTH
            && !facts.genericSentence[post.tokens().get(at).sentence()]
            && ClinicalFrames.general(post, at) == null) {
          // "nació con 28 semanas": a birth is one person's unless the subject is plural ("babies
          // born at 24 weeks") or the reader's
          tie = "a birth is about one baby (+)";
        }
        if (tie == null) {
          continue;
        }
        emit(
            post,
            sink,
            bm.start(1),
            bm.end(1),
            Severity.WARNING,
            null,
            null,
            new Explanation(
                p == BIRTH ? "birth detail" : "'rule out' shorthand", 0.7, List.of(tie)));
      }
    }
  }

  /** "her stroke", "his CPR": a possessive just before the term makes it someone's. */
  private static boolean possessed(List<Token> tokens, int first) {
    return first > 0
        && PostFacts.INDIVIDUAL_PRONOUNS.contains(tokens.get(first - 1).key())
        && !tokens.get(first - 1).key().equals("him");
  }

  /**
   * Details that are phrases rather than vocabulary terms ("three times the limit", "a safeguarding
   * referral", "two miscarriages"), and places of care someone was taken to ("went to the cath
   * lab"), in a sentence about one person and not in a training or awareness frame.
   */
  private void framedDetails(AnalyzedPost post, FindingSink sink, PostFacts facts) {
    List<Token> tokens = post.tokens();
    int h = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      while (h < facts.health.size() && facts.health.get(h).end() <= i) {
        h++;
      }
      if (h < facts.health.size() && facts.health.get(h).first() <= i) {
        continue; // a vocabulary term: reported above
      }
      Lexicon.Match m = ClinicalFrames.DETAIL.longestAt(post, i);
      String why = null;
      int first = i;
      if (m != null) {
        why = "'" + m.entry() + "' is a clinical or safeguarding detail (clinical-frames detail)";
        if (i > 0 && (number(tokens.get(i - 1)) && tokens.get(i - 1).sentence() == t.sentence())) {
          first = i - 1; // "three miscarriages", "four times the limit"
        }
      } else {
        m = ClinicalFrames.place(post, i);
        if (m == null || !ClinicalFrames.takenTo(post, i)) {
          continue;
        }
        why = "'" + m.entry() + "' is a place of care someone was taken to (clinical-frames place)";
      }
      i = m.end() - 1;
      String activity = ClinicalFrames.activity(post, first);
      String tie = ClinicalFrames.tie(post, facts, first);
      if (activity != null
          || tie == null
          || ClinicalFrames.serviceAfter(post, m.end())
          || ClinicalFrames.general(post, first) != null) {
        continue;
      }
      emit(
          post,
          sink,
          tokens.get(first).start(),
          tokens.get(m.end() - 1).end(),
          Severity.WARNING,
          null,
          null,
          new Explanation("clinical phrase", 0.7, List.of(why, tie)));
    }
  }

  private static final java.util.Set<String> NUMBER_WORDS =
      java.util.Set.of(
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "several",
          "multiple",
          "repeated",
          "due",
          "tre",
          "quattro",
          "dos",
          "tres",
          "cuatro",
          "dau",
          "tri");

  private static boolean number(Token t) {
    return startsWithDigit(t) || NUMBER_WORDS.contains(t.key());
  }

  /** Whether {@code text} holds {@code word}, ignoring case (a superset of ASCII (?i) matching). */
  private static boolean containsIgnoreCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
