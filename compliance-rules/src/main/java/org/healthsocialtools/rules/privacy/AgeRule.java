package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The age of one individual: "72-year-old", "aged 72", "turned 100", "her century", "100th
 * birthday", "in her 90s", "Raj Patel, 58,", "Mateo (4)", "41F", "67 años", "98 anni", "100 oed".
 * Age bands for a group ("aged 65 and over", "menores de 18 años", "18-year-olds") are general
 * information and pass.
 */
@RuleDefinition(
    id = "privacy.age",
    kind = Kind.AGE,
    severity = Severity.WARNING,
    summary = "Age of an identifiable individual",
    message = "'{text}' gives the age of an identifiable person.",
    suggestion =
        "Leave the age out or generalise it ('in their 70s'); ages over 89 identify people easily.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (C) ages over 89",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "Shoutout to our [[94-year-old]] veteran in room 318",
      "Joy turned [[103]] on Tuesday",
      "Dorothy reaches her [[century]] today!",
      "Meet Raj Patel, [[58]], who spent 41 days with us",
      "Little Mateo ([[4]]) was so brave today",
      "one of our patients: [[41F]], AML",
      "la señora Rosa Delgado, de [[67 años]], sale hoy",
      "Happy [[100th]] birthday to Gwenllian!",
      "She's [[82]], frightened, and in Bay 5.",
      "Our patient, now [[in her 90s]], went home today",
      "Doris is [[93 years young]] today and still the life of the ward",
      "Little Amir, age [[9]], was so brave on the ward"
    },
    passes = {
      "Flu vaccines for everyone aged 65 and over",
      "Volunteers aged 18 to 65 who have asthma",
      "La vacuna es gratuita para menores de 18 años.",
      "Free for kids under 18 and all 16-year-olds",
      "Our 10 years of service award",
      "Children from age 5 can have the nasal spray at our clinic",
      "Free for everyone over age 65 this winter",
      "Il vaccino è raccomandato a chi ha 60 anni o più",
      "Vacuna gratuita para quien cumple 65 años este año"
    })
public final class AgeRule extends PrivacyRule {

  private static final Pattern AGE =
      Pattern.compile(
          ("(?i)\\b(?:"
                  + "([0-9]{1,3}[- ](?:year|yr)s?[- ](?:old|young))(s?)"
                  + "|(?:aged|age) ([0-9]{1,3})( ?(?:to|-|–|and|or|\\+|plus)\\b)?"
                  + "|(?:turned|turns|turning|reach|reaches|reached|reaching|celebrat(?:es|ed|ing)|she['’]s|he['’]s|she is|he is|cumple|compie|compiuto) ([0-9]{1,3})\\b( ?(?:years?|weeks?|days?|months?|times?|%|am|pm)\\b)?"
                  + "|([0-9]{1,3}(?:st|nd|rd|th)) birthday"
                  + "|(?:her|his|their) (century)"
                  + "|(in (?:her|his|their) (?:late |early |mid-?)?(?:[0-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
                  + "|([0-9]{1,3} (?:años|anni|oed|anys))\\b"
                  + "|([0-9]{1,3} ?(?:yo|y/o|yrs old))\\b"
                  + ")")
              .replace(" ", "[ \\n]")); // a line break between the words is a space too
  private static final Set<String> TRIGGERS =
      Set.of(
          "aged",
          "age",
          "turned",
          "turns",
          "turning",
          "reach",
          "reaches",
          "reached",
          "reaching",
          "celebrates",
          "celebrated",
          "celebrating",
          "she's",
          "he's",
          "she",
          "he",
          "cumple",
          "compie",
          "compiuto",
          "her",
          "his",
          "their",
          "in");

  /** Words before "age N" that make it a threshold for a group ("from age 5", "over age 65"). */
  private static final Set<String> THRESHOLD_BEFORE_AGE =
      Set.of(
          "from",
          "minimum",
          "maximum",
          "min",
          "max",
          "over",
          "under",
          "until",
          "by",
          "above",
          "below",
          "before",
          "after",
          "retirement",
          "pension",
          "school",
          "legal",
          "of");

  private static final Set<String> BAND_BEFORE =
      Set.of(
          "menores", "mayores", "mas", "partir", "edad", "oltre", "sopra", "sotto", "over", "under",
          "dros", "dan", "i", "gli", "dai", "tra", "entre", "hasta", "fino");

  /** "or" / "and" in the four languages, before a word of {@link #MORE_WORDS}. */
  private static final Set<String> OR_WORDS = Set.of("or", "and", "o", "e", "y", "neu", "a", "ac");

  /** "more", "over", "older" in the four languages: "60 anni o più", "65 and over". */
  private static final Set<String> MORE_WORDS =
      Set.of("more", "over", "older", "above", "piu", "oltre", "mas", "mayores", "hyn", "drosodd");

  /** Subjects that stand for whoever fits: "chi", "quien", "anyone", "those". */
  private static final Set<String> GENERAL_SUBJECTS =
      Set.of(
          "chi",
          "quien",
          "quienes",
          "anyone",
          "anybody",
          "everyone",
          "everybody",
          "whoever",
          "those",
          "unrhyw",
          "pwy",
          "coloro",
          "aquellos",
          "aquellas",
          "todos",
          "tutti");

  public AgeRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (digits(text, 1) == 0 && text.indexOf("century") < 0 && text.indexOf(" in ") < 0) {
      return;
    }
    matchAtTokens(
        post,
        AGE,
        t -> startsWithDigit(t) || TRIGGERS.contains(t.key()),
        48,
        m -> found(post, sink, m));
    appositive(post, sink);
  }

  private void found(AnalyzedPost post, FindingSink sink, Matcher m) {
    String text = post.text();
    int g = firstGroup(m);
    int s = m.start(g);
    int e = m.end(g);
    if (g == 1 && !m.group(2).isEmpty()
        || g == 3 && m.group(4) != null
        || g == 5 && m.group(6) != null
        || g == 10 && band(post, s)) {
      return;
    }
    if (g == 3 && thresholdAge(post, m.start())
        || (g == 3 || g == 5 || g == 10) && (orMore(post, e) || generalSubject(post, s))) {
      return;
    }
    if (g == 5 && Integer.parseInt(m.group(5)) > 120
        || g == 3 && Integer.parseInt(m.group(3)) > 120) {
      return;
    }
    PostFacts facts = PostFacts.of(post, profile);
    int tok = post.tokenAtOrAfter(s);
    if (g != 1 && g != 9 && !facts.tiedToPerson(tok) && !facts.patientStory()) {
      return;
    }
    emit(
        post,
        sink,
        s,
        e,
        Severity.WARNING,
        null,
        null,
        new Explanation(
            "age expression",
            0.75,
            List.of(
                "'" + text.substring(s, e) + "' states one person's age",
                "not an age band for a group")));
  }

  /** "age N" (not "aged N") after a threshold word: "from age 5", "over age 65". */
  private static boolean thresholdAge(AnalyzedPost post, int matchStart) {
    String text = post.text();
    if (!text.regionMatches(true, matchStart, "age", 0, 3)
        || text.regionMatches(true, matchStart, "aged", 0, 4)) {
      return false;
    }
    int i = post.tokenAtOrAfter(matchStart);
    return i > 0 && THRESHOLD_BEFORE_AGE.contains(post.tokens().get(i - 1).key());
  }

  /**
   * "Raj Patel, 58," / "Mateo (4)" / "41F" / "91 and sharper" next to a patient or in a care story.
   */
  private void appositive(AnalyzedPost post, FindingSink sink) {
    PostFacts facts = PostFacts.of(post, profile);
    List<Token> tokens = post.tokens();
    for (Mention p : facts.patients()) {
      int i = p.end();
      if (i + 2 < tokens.size()
          && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("("))) {
        Token n = tokens.get(i + 1);
        String close = tokens.get(i + 2).text();
        if (n.type() == TokenType.NUMBER
            && age(n.text())
            && (close.equals(",") || close.equals(")"))) {
          emit(
              post,
              sink,
              n.start(),
              n.end(),
              Severity.WARNING,
              null,
              null,
              new Explanation(
                  "number after a name",
                  0.7,
                  List.of("a number set off by commas or brackets after a patient's name")));
        }
      }
    }
    if (facts.patientScore() == 0) {
      return;
    }
    boolean story = facts.patientStory();
    for (Token t : tokens) {
      String k = t.key();
      boolean sexAge =
          t.isWord()
              && k.length() >= 2
              && k.length() <= 4
              && (k.endsWith("f") || k.endsWith("m"))
              && age(k.substring(0, k.length() - 1));
      boolean leading =
          t.type() == TokenType.NUMBER
              && age(t.text())
              && Integer.parseInt(t.text()) >= 60
              && (t.index() == 0
                  || !tokens.get(t.index() - 1).isWord()
                      && tokens.get(t.index() - 1).type() != TokenType.NUMBER)
              && t.index() + 1 < tokens.size()
              && Set.of("and", "but", "yet", "going").contains(tokens.get(t.index() + 1).key());
      if (sexAge || leading && story) {
        emit(
            post,
            sink,
            t.start(),
            t.end(),
            Severity.WARNING,
            null,
            null,
            new Explanation(
                sexAge ? "age and sex shorthand" : "a bare age opening a sentence",
                0.6,
                List.of("a care story (+)")));
      }
    }
  }

  private static boolean age(String s) {
    if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int v = Integer.parseInt(s);
    return v >= 1 && v <= 115;
  }

  /**
   * "60 anni o più", "65 and over", "18 años o más": an age followed by "or more" is a threshold
   * for a group.
   */
  private static boolean orMore(AnalyzedPost post, int e) {
    List<Token> tokens = post.tokens();
    int i = post.tokenAtOrAfter(e);
    if (i < tokens.size() && tokens.get(i).text().equals("+")) {
      return true;
    }
    return i + 1 < tokens.size()
        && OR_WORDS.contains(tokens.get(i).key())
        && MORE_WORDS.contains(tokens.get(i + 1).key());
  }

  /**
   * "a chi ha 60 anni", "quien cumple 65 años", "anyone who turns 70": the age of whoever fits, not
   * of one person. Looks back at most four words, within the sentence.
   */
  private static boolean generalSubject(AnalyzedPost post, int s) {
    int i = post.tokenAtOrAfter(s);
    Token t = i < post.tokens().size() ? post.tokens().get(i) : null;
    for (int n = 0; n < 4 && t != null; n++) {
      Token p = Near.prevWord(post, t.index());
      if (p == null || p.sentence() != t.sentence()) {
        return false;
      }
      if (GENERAL_SUBJECTS.contains(p.key())) {
        return true;
      }
      t = p;
    }
    return false;
  }

  private static boolean band(AnalyzedPost post, int s) {
    Token p = Near.prevWord(post, post.tokenAtOrAfter(s));
    if (p != null && p.key().equals("de")) {
      p = Near.prevWord(post, p.index());
    }
    return p != null && BAND_BEFORE.contains(p.key());
  }

  private static int firstGroup(Matcher m) {
    for (int g : new int[] {1, 3, 5, 7, 8, 9, 10, 11}) {
      if (m.start(g) >= 0) {
        return g;
      }
    }
    return 0;
  }
}
