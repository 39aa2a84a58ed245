package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Sentence;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.Lexicons;

/**
 * Who is not a patient: a capitalised candidate name that is a place ("in Lincoln", "Milton
 * Keynes", "London"), a hospital or organisation ("the Royal Victoria", "Lincoln General") or a
 * public figure in a public story ("Wayne Rooney opened our new gym"). A place that is also a given
 * name (Florence, Chelsea, Jordan) is ruled out only by a place frame; a person frame (a title,
 * "our patient", "Florence, 84") is checked by the caller first and always wins.
 *
 * <p>The gazetteers ({@code privacy-places.txt}, {@code privacy-public-figures.txt}, built by
 * scripts/vocab/build_gazetteers.py) hold only names whose first word is a first name, since no
 * other name becomes a candidate. They load once, lazily, on the first candidate that needs them; a
 * check is one trie walk from the candidate's first token.
 */
final class NotAPatient {

  private static final String DIR = "/hst/lexicons/";

  /** Words straight before a name that make it a place ("in Lincoln", "moved to Chester"). */
  private static final Set<String> PLACE_BEFORE = keys("privacy-place-frame-before.txt");

  /**
   * Words that make "to", "from" a place frame when they come before it ("moved to", "all the way
   * from").
   */
  private static final Set<String> MOTION = keys("privacy-place-motion-words.txt");

  /**
   * Words straight after a name that make it a place or organisation ("Lincoln General", "Chelsea
   * site").
   */
  private static final Set<String> PLACE_AFTER = keys("privacy-place-frame-after.txt");

  /** Place names rarely given to people (London, Roma): a gazetteer hit decides without a frame. */
  private static final Set<String> SELDOM_GIVEN = keys("privacy-places-seldom-given.txt");

  /** Words before a name that make it a building, an organisation or royalty ("the Victoria"). */
  private static final Set<String> REGAL =
      Set.of("the", "royal", "queen", "king", "prince", "princess", "duke", "duchess");

  /** Words of a story about a public figure, not a patient: a visit, an opening, a match. */
  private static final Set<String> PUBLIC_STORY = keys("privacy-public-story-cues.txt");

  /** Public roles before a name: "local artist Jade Thomas", "Councillor Ann Roe". */
  private static final Set<String> PUBLIC_ROLES = keys("privacy-public-roles.txt");

  /** Patient cues a public visit also holds ("visiting the ward"): not a care detail alone. */
  private static final Set<String> VISIT_CUES = Set.of("visiting", "visitors", "visit");

  private NotAPatient() {}

  /** Lazily loaded gazetteers: the JVM runs this once, thread-safely, on first use. */
  private static final class Gazetteers {
    static final Lexicon PLACES =
        Lexicon.fromResource(NotAPatient.class, DIR + "privacy-places.txt");
    static final Lexicon PUBLIC_FIGURES =
        Lexicon.fromResource(NotAPatient.class, DIR + "privacy-public-figures.txt");
  }

  /**
   * Why the candidate name at tokens [first, end) is not a patient, or null. The caller has already
   * ruled out a title before it and an organisation word after it.
   */
  static String why(AnalyzedPost post, PostFacts facts, int first, int end) {
    List<Token> tokens = post.tokens();
    Token prev = first > 0 ? tokens.get(first - 1) : null;
    if (prev != null && prev.key().equals("mis")) {
      return "after Welsh 'mis' (month): a month name";
    }
    if (prev != null && REGAL.contains(prev.key()) && !possessive(tokens.get(end - 1))) {
      return "'" + prev.text() + "' before the name: a building, organisation or royal name";
    }
    Token next = end < tokens.size() ? tokens.get(end) : null;
    if (next != null && PLACE_AFTER.contains(next.key()) && !possessive(tokens.get(end - 1))) {
      return "'" + next.text() + "' after the name: a place or organisation";
    }
    if (prev != null
        && PUBLIC_ROLES.contains(prev.key())
        && !possessive(tokens.get(end - 1))
        && noPatientDetail(post, facts, prev.sentence())) {
      return "'"
          + prev.text()
          + "' before the name: someone in a public role, with no patient detail";
    }
    if (first > 0 && PERSON_BEFORE.contains(tokens.get(first - 1).key())) {
      return null; // "our patient Florence": a person, whatever the name also is
    }
    Lexicon.Match place = Gazetteers.PLACES.longestAt(post, first);
    if (place != null && place.end() >= end) {
      // "in Florence's room": a possessive is a person's, whatever the preposition
      String frame = possessive(tokens.get(end - 1)) ? null : placeFrame(post, first);
      if (frame != null) {
        return "a place in the gazetteer ('" + place.entry() + "') " + frame;
      }
      if (ageAfter(tokens, end)) {
        return null; // "Florence, 84"
      }
      if (place.end() - first > 1 && !allNameWords(tokens, first, place.end())) {
        return "a place in the gazetteer ('" + place.entry() + "'), not a name of person words";
      }
      if (SELDOM_GIVEN.contains(tokens.get(first).key()) && end - first == 1) {
        return "a place in the gazetteer ('" + place.entry() + "') seldom given as a first name";
      }
    }
    Lexicon.Match figure = Gazetteers.PUBLIC_FIGURES.longestAt(post, first);
    // The name run may stop inside a famous name whose surname is an everyday word ("Gareth Bale").
    if (figure != null && figure.end() >= end && figure.end() - first > 1) {
      String story = publicStory(post, facts, first);
      if (story != null) {
        return "a public figure ('" + figure.entry() + "') " + story;
      }
    }
    return null;
  }

  /** Words before a name that make it a person whatever it is also: "our patient Florence". */
  private static final Set<String> PERSON_BEFORE =
      Set.of(
          "patient",
          "paciente",
          "paziente",
          "claf",
          "little",
          "baby",
          "lovely",
          "brave",
          "our",
          "my",
          "mum",
          "dad",
          "son",
          "daughter",
          "wife",
          "husband",
          "grandson",
          "granddaughter",
          "nan",
          "grandad",
          "señora",
          "senora",
          "señor",
          "senor",
          "signora",
          "signore",
          "nuestra",
          "nuestro",
          "la",
          "el",
          "il");

  /** "Florence, 84", "Florence (84)": an age straight after the name. */
  private static boolean ageAfter(List<Token> tokens, int end) {
    for (int j = end; j < tokens.size() && j < end + 2; j++) {
      Token t = tokens.get(j);
      if (t.type() == TokenType.NUMBER) {
        return true;
      }
      if (!t.text().equals(",") && !t.text().equals("(")) {
        break;
      }
    }
    return false;
  }

  /**
   * For a candidate kept as a name: the place it also names, for the explanation ("Florence" with
   * no place frame), or null.
   */
  static String alsoAPlace(AnalyzedPost post, int first, int end) {
    Lexicon.Match place = Gazetteers.PLACES.longestAt(post, first);
    return place != null && place.end() == end
        ? "'"
            + place.entry()
            + "' is also a place, but no place frame says so and it is a person's name too"
        : null;
  }

  private static String placeFrame(AnalyzedPost post, int first) {
    Token p = Near.prevWord(post, first);
    if (p == null || p.index() != first - 1) {
      return null;
    }
    String k = p.key();
    String lang = post.language();
    if (PLACE_BEFORE.contains(k)
        || lang.equals("it") && (k.equals("a") || k.equals("da"))
        || lang.equals("es") && k.equals("a")) {
      return "after '" + p.text() + "'";
    }
    if (k.equals("to") || k.equals("from")) {
      Token pp = Near.prevWord(post, first - 1);
      if (pp != null && MOTION.contains(pp.key())) {
        return "after '" + pp.text() + " " + p.text() + "'";
      }
    }
    return null;
  }

  /**
   * A public story: no clinical term and no patient cue (other than a visit) in the sentence, and a
   * visit, opening, match or support word in it. A famous name with no such word stays a candidate:
   * the patient cues miss some care stories ("was treated last night"), so no frame is no evidence.
   */
  private static String publicStory(AnalyzedPost post, PostFacts facts, int first) {
    int s = post.tokens().get(first).sentence();
    if (!noPatientDetail(post, facts, s)) {
      return null;
    }
    Sentence sent = post.sentences().get(s);
    for (int i = sent.firstToken(); i < sent.tokenEnd(); i++) {
      Token t = post.tokens().get(i);
      if (PUBLIC_STORY.contains(t.key())) {
        return "in a public story ('" + t.text() + "') with no patient detail";
      }
    }
    return null;
  }

  /** No clinical term and no patient cue other than a visit in sentence {@code s}. */
  private static boolean noPatientDetail(AnalyzedPost post, PostFacts facts, int s) {
    for (Lexicon.Match m : facts.health) {
      if (post.tokens().get(m.first()).sentence() == s) {
        return false;
      }
    }
    for (Lexicon.Match m : facts.patientCues) {
      if (post.tokens().get(m.first()).sentence() == s
          && !VISIT_CUES.contains(post.tokens().get(m.first()).key())) {
        return false;
      }
    }
    return true;
  }

  private static boolean allNameWords(List<Token> tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      String k = t.key();
      if (t.isWord()
          && !PrivacyLexicons.FIRST_NAMES.contains(k)
          && !PrivacyLexicons.SURNAMES.contains(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean possessive(Token t) {
    return t.text().endsWith("'s") || t.text().endsWith("\u2019s");
  }

  private static Set<String> keys(String file) {
    return Lexicons.keys(NotAPatient.class, DIR + file);
  }
}
