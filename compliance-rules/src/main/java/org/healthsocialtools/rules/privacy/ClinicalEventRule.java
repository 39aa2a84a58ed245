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
  private static final Lexicon BODY =
      Lexicon.fromResource(ClinicalEventRule.class, DIR + "body-parts.txt");

  /** Injury or state words that stand before a body part ("broken hip", "fractured her wrist"). */
  private static final Set<String> INJURED =
      Set.of(
          "broken",
          "broke",
          "breaking",
          "fractured",
          "fracturing",
          "dislocated",
          "dislocating",
          "sprained",
          "twisted",
          "cracked",
          "crushed",
          "shattered",
          "injured",
          "damaged",
          "swollen",
          "bruised",
          "burnt",
          "burned",
          "infected",
          "replaced",
          "new",
          "torn",
          "ruptured",
          "snapped",
          "amputated",
          "torri",
          "rota",
          "roto",
          "rotta",
          "rotto",
          "fracturada",
          "fracturado",
          "fratturata",
          "fratturato",
          "lussata",
          "lussato");

  /** Nouns for an injury or treatment after a body part ("hip fracture", "knee replacement"). */
  private static final Set<String> INJURY_AFTER =
      Set.of(
          "fracture",
          "fractures",
          "injury",
          "injuries",
          "replacement",
          "replacements",
          "surgery",
          "op",
          "operation",
          "transplant",
          "infection",
          "sprain",
          "dislocation",
          "amputation",
          "break",
          "reconstruction",
          "removal",
          "rota",
          "roto",
          "rotta",
          "rotto",
          "fracturada",
          "fracturado",
          "fratturata",
          "fratturato");

  /**
   * Nouns for an injury or treatment before a body part, with its preposition ("fractura de
   * cadera").
   */
  private static final Set<String> INJURY_BEFORE =
      Set.of(
          "fractura",
          "frattura",
          "operada",
          "operado",
          "operata",
          "operato",
          "rotura",
          "lesión",
          "lesion",
          "protesi",
          "prótesis",
          "protesis");

  /** Participles after "had her hip ..." ("had four teeth out", "had his knee replaced"). */
  private static final Set<String> DONE_TO =
      Set.of(
          "replaced",
          "removed",
          "out",
          "pinned",
          "plated",
          "reset",
          "set",
          "amputated",
          "stitched",
          "x-rayed",
          "operated",
          "fixed",
          "rebuilt",
          "reconstructed",
          "drained",
          "lasered",
          "scanned",
          "taken");

  private static final Set<String> HAD =
      Set.of("had", "has", "having", "have", "got", "gets", "getting");
  private static final Set<String> LINK =
      Set.of(
          "her", "his", "their", "my", "a", "an", "the", "both", "two", "three", "four", "five",
          "six", "several", "all", "left", "right", "ei", "eu", "la", "el", "su", "il", "lo", "del",
          "della", "de", "di", "al", "alla", "dello", "sua", "suo", "mi", "whole");

  /** Where a complement ends. */
  private static final Set<String> STOP =
      Set.of(
          "and",
          "but",
          "so",
          "because",
          "at",
          "on",
          "in",
          "to",
          "after",
          "last",
          "this",
          "yesterday",
          "today",
          "tonight",
          "when",
          "while",
          "since",
          "who",
          "which",
          "that",
          "we",
          "our",
          "is",
          "was",
          "has",
          "had",
          "then",
          "until",
          "before",
          "by",
          "from",
          "with",
          "for",
          "y",
          "e",
          "a",
          "en",
          "ayer",
          "hoy",
          "oggi",
          "ieri",
          "ac",
          "a'r",
          "heddiw",
          "ddoe",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "morning",
          "night",
          "week",
          "weekend",
          "month",
          "year",
          "ago",
          "now",
          "again",
          "recently",
          "he",
          "she",
          "they",
          "i",
          "you",
          "it",
          "ward",
          "unit",
          "team");

  /** Words that may open a complement before its head ("a", "her", "suspected"). */
  private static final Set<String> OPENERS =
      Set.of(
          "a",
          "an",
          "the",
          "her",
          "his",
          "their",
          "suspected",
          "severe",
          "really",
          "very",
          "quite",
          "bad",
          "nasty",
          "acute",
          "un",
          "una",
          "uno",
          "la",
          "el",
          "il",
          "lo",
          "ei");

  /** Complements that are not a clinical detail ("living with her daughter", "came in with it"). */
  private static final Set<String> NOT_CLINICAL =
      Set.of(
          "it",
          "this",
          "that",
          "something",
          "us",
          "them",
          "him",
          "her",
          "me",
          "family",
          "friends",
          "friend",
          "son",
          "daughter",
          "mum",
          "dad",
          "wife",
          "husband",
          "partner",
          "kids",
          "children",
          "dog",
          "flowers",
          "cake",
          "gifts",
          "gift",
          "card",
          "cards",
          "pride",
          "love",
          "thanks",
          "smile",
          "smiles",
          "courage",
          "dignity",
          "grace",
          "strength",
          "style",
          "confidence",
          "everyone",
          "colleagues",
          "staff",
          "team",
          "questions",
          "concerns");

  /**
   * Generic subjects before a trigger: "chi soffre di ...", "patients admitted with ...", "anyone
   * diagnosed".
   */
  private static final Set<String> GENERIC_BEFORE =
      Set.of(
          "chi",
          "quien",
          "quienes",
          "anyone",
          "people",
          "those",
          "patients",
          "pazienti",
          "pacientes",
          "cleifion",
          "everyone",
          "someone",
          "many",
          "most",
          "nobody",
          "anybody",
          "whoever",
          "children",
          "adults",
          "men",
          "women",
          "persone",
          "personas",
          "pobl",
          "you",
          "if",
          "cualquiera",
          "chiunque",
          "families",
          "kids",
          "residents",
          "others",
          "more",
          "fewer",
          "thousands",
          "millions");

  /** Things measured, followed within three tokens by a number: a result. */
  private static final List<String> MEASURE_LIST =
      List.of(
          "potassium",
          "sodium",
          "hba1c",
          "bmi",
          "sats",
          "oxygen sats",
          "oxygen saturation",
          "blood sugar",
          "blood sugars",
          "blood glucose",
          "glucose",
          "bp",
          "blood pressure",
          "temperature",
          "temp",
          "heart rate",
          "pulse",
          "haemoglobin",
          "hemoglobin",
          "hb",
          "crp",
          "inr",
          "egfr",
          "creatinine",
          "troponin",
          "cholesterol",
          "psa",
          "viral load",
          "cd4",
          "lactate",
          "ketones",
          "platelets",
          "white count",
          "gcs",
          "apgar",
          "peak flow",
          "ferritin",
          "sugar levels",
          "glucemia",
          "glicemia",
          "pressione",
          "presión",
          "tensión",
          "siwgr gwaed");

  private static final Lexicon MEASURES = Lexicon.of(MEASURE_LIST);
  private static final Set<String> RESULT_LINK =
      Set.of(
          "was", "is", "of", "at", "down", "up", "from", "to", "only", "just", "under", "over",
          "dropped", "rose", "hit", "reached", "a", "level", "levels", "read", "came", "back", "de",
          "di", "era", "ha", "oedd", "went", "fell", "now", "been", "has", "had", "were", "are");

  /** Dose units after a number ("20mg", "30 paracetamol"). */
  private static final Set<String> DOSE_UNITS =
      Set.of(
          "mg",
          "mcg",
          "ml",
          "units",
          "tablets",
          "pills",
          "paracetamol",
          "co-codamol",
          "capsules",
          "puffs",
          "comprimidos",
          "compresse",
          "tabledi");

  private static final Set<String> OVERDOSE_VERBS =
      Set.of("took", "swallowed", "taken", "overdosed", "tomó", "ingerì", "cymerodd");

  /** "32 weeks pregnant", "two years sober". */
  private static final Set<String> DURATION =
      Set.of(
          "day",
          "days",
          "week",
          "weeks",
          "wks",
          "month",
          "months",
          "year",
          "years",
          "semanas",
          "settimane",
          "wythnos",
          "meses",
          "mesi",
          "mis");

  private static final Set<String> STATE_AFTER =
      Set.of(
          "pregnant",
          "sober",
          "clean",
          "smoke-free",
          "smokefree",
          "alcohol-free",
          "drug-free",
          "cancer-free",
          "seizure-free",
          "dry",
          "embarazada",
          "incinta",
          "feichiog",
          "postpartum",
          "post-op",
          "postop",
          "sobria",
          "sobrio");
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "twenty", "thirty", "forty", "a", "dos", "tres", "due", "tre", "dau", "dwy",
          "tri", "tair");
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
    for (String m : MEASURE_LIST) {
      addFirstKeys(m, out);
    }
    out.addAll(INJURED);
    out.addAll(INJURY_BEFORE);
    out.addAll(HAD);
    out.addAll(NUMBER_WORDS);
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
          && !(i > 0 && GENERIC_BEFORE.contains(tokens.get(i - 1).key()))
          && !(i > 1 && GENERIC_BEFORE.contains(tokens.get(i - 2).key()))) {
        int end = complement(post, trig.end());
        if (end > trig.end()) {
          span = new int[] {i, end};
          why = "'" + trig.entry() + "' introduces a clinical event";
        }
      }
      if (span == null) {
        span = injury(post, i);
        why = span == null ? null : "a body part with an injury or treatment";
      }
      if (span == null) {
        span = result(post, i);
        why = span == null ? null : "a test result with its value";
      }
      if (span == null) {
        span = doseOrState(post, i);
        why = span == null ? null : "a dose, pregnancy or recovery state with its figure";
      }
      if (span == null) {
        continue;
      }
      if (span[1] < n && SERVICE.contains(tokens.get(span[1]).key())) {
        i = span[1] - 1;
        continue; // "hip replacement clinic": a service, not a person
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

  /**
   * End (exclusive) of the clinical complement starting at token {@code from}, or {@code from} if
   * none.
   */
  private static int complement(AnalyzedPost post, int from) {
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    if (from >= n) {
      return from;
    }
    int sentence = tokens.get(from - 1).sentence();
    int end = from;
    int words = 0;
    boolean head = false;
    for (int j = from; j < n && words < 5; j++) {
      Token u = tokens.get(j);
      // a line break before the head word ("admitted with a\nnasty chest bug") does not end the
      // complement
      if (u.sentence() != sentence && head
          || u.type() == TokenType.PUNCT && !u.text().equals("-")
          || u.type() == TokenType.HASHTAG
          || u.type() == TokenType.MENTION
          || u.type() == TokenType.URL
          || u.type() == TokenType.EMOJI) {
        break;
      }
      if (u.type() == TokenType.PUNCT) {
        continue;
      }
      sentence = u.sentence();
      String k = u.key();
      if (words > 0 && STOP.contains(k) || words == 0 && STOP.contains(k) && !OPENERS.contains(k)) {
        break;
      }
      if (NOT_CLINICAL.contains(k) && !OPENERS.contains(k)
          || PostFacts.PERSON_NOUNS.contains(k)
          || u.isCapitalised() && PrivacyLexicons.FIRST_NAMES.contains(k) && j > from) {
        return from;
      }
      words++;
      end = j + 1;
      head |= !OPENERS.contains(k);
    }
    return head ? end : from;
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

  /**
   * "broken hip", "fractured her wrist", "hip replacement", "had four teeth out", "frattura del
   * femore".
   */
  private static int[] injury(AnalyzedPost post, int i) {
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    String k = tokens.get(i).key();
    if (INJURED.contains(k) || INJURY_BEFORE.contains(k)) {
      int j = i + 1;
      while (j < n && j < i + 3 && LINK.contains(tokens.get(j).key())) {
        j++;
      }
      Lexicon.Match b = j < n ? BODY.longestAt(post, j) : null;
      if (b != null && !(k.startsWith("broke") && b.entry().equals("heart"))) {
        return new int[] {i, b.end()};
      }
      return null;
    }
    if (HAD.contains(k)) {
      int j = i + 1;
      while (j < n && j < i + 3 && LINK.contains(tokens.get(j).key())) {
        j++;
      }
      Lexicon.Match b = j < n ? BODY.longestAt(post, j) : null;
      if (b != null && b.end() < n && DONE_TO.contains(tokens.get(b.end()).key())) {
        int end = b.end() + 1;
        if (end < n
            && tokens.get(end - 1).key().equals("taken")
            && tokens.get(end).key().equals("out")) {
          end++;
        }
        return new int[] {i, end};
      }
      return null;
    }
    Lexicon.Match b = BODY.longestAt(post, i);
    if (b != null && b.end() < n && INJURY_AFTER.contains(tokens.get(b.end()).key())) {
      return new int[] {i, b.end() + 1};
    }
    return null;
  }

  /** "potassium 6.1", "HbA1c down from 9.1 to 6.4", "sats were 88%". */
  private static int[] result(AnalyzedPost post, int i) {
    Lexicon.Match m = MEASURES.longestAt(post, i);
    if (m == null) {
      return null;
    }
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    for (int j = m.end(); j < n && j < m.end() + 4; j++) {
      Token u = tokens.get(j);
      if (u.type() == TokenType.NUMBER || startsWithDigit(u)) {
        int end = j + 1;
        // "from 9.1 to 6.4", "180/110": take the rest of the figure
        while (end + 1 < n
            && (tokens.get(end).key().equals("to")
                || tokens.get(end).text().equals("/")
                || tokens.get(end).text().equals("%"))
            && (startsWithDigit(tokens.get(end + 1)) || tokens.get(end).text().equals("%"))) {
          end += tokens.get(end).text().equals("%") ? 1 : 2;
        }
        return new int[] {i, end};
      }
      if (!RESULT_LINK.contains(u.key()) && !u.text().equals(":") && !u.text().equals("=")) {
        return null;
      }
    }
    return null;
  }

  /** "took 30 paracetamol", "20mg of morphine", "32 weeks pregnant", "two years sober". */
  private static int[] doseOrState(AnalyzedPost post, int i) {
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    Token t = tokens.get(i);
    boolean number =
        t.type() == TokenType.NUMBER || startsWithDigit(t) || NUMBER_WORDS.contains(t.key());
    if (!number) {
      if ((t.key().equals("sober") || t.key().equals("clean")) && i + 2 < n) {
        int j = tokens.get(i + 1).key().equals("for") ? i + 2 : i + 1;
        if (j + 1 < n
            && (startsWithDigit(tokens.get(j)) || NUMBER_WORDS.contains(tokens.get(j).key()))
            && DURATION.contains(tokens.get(j + 1).key())) {
          return new int[] {i, j + 2};
        }
      }
      return null;
    }
    if (i + 2 < n
        && DURATION.contains(tokens.get(i + 1).key())
        && STATE_AFTER.contains(tokens.get(i + 2).key())) {
      return new int[] {i, i + 3};
    }
    boolean overdose = i > 0 && OVERDOSE_VERBS.contains(tokens.get(i - 1).key());
    String k = t.key();
    if (startsWithDigit(t)
        && (k.endsWith("mg") || k.endsWith("mcg") || k.endsWith("ml"))
        && k.length() <= 8
        && (overdose || i + 2 < n && tokens.get(i + 1).key().equals("of"))) {
      return new int[] {i, i + 1};
    }
    if (i + 1 < n
        && DOSE_UNITS.contains(tokens.get(i + 1).key())
        && (overdose || i + 2 < n && tokens.get(i + 2).key().equals("of"))) {
      return new int[] {i, i + 2};
    }
    return null;
  }
}
