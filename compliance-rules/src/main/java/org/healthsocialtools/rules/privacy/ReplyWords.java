package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.rule.Lexicon;

/**
 * The words behind {@link ReplyDetails}: the cue lexicons of {@code /hst/lexicons/reply-cues.txt},
 * the small closed word sets (possessives, fillers, greetings, negations) and the word-shape tests
 * for past forms.
 */
final class ReplyWords {

  private ReplyWords() {}

  static final Map<String, Lexicon> CUES = sections("/hst/lexicons/reply-cues.txt");
  static final Lexicon SECOND = CUES.get("second");
  static final Lexicon RELATIVE = CUES.get("relative");
  static final Lexicon CARE = CUES.get("care");
  static final Lexicon WEAK = CUES.get("weakcare");
  static final Lexicon BODY = CUES.get("body");
  static final Lexicon RECORD = CUES.get("record");
  static final Lexicon OURS = CUES.get("ours");
  static final Lexicon CARE_VERB = CUES.get("careverb");
  static final Lexicon PAST = CUES.get("past");
  static final Lexicon WHEN = CUES.get("when");
  static final Lexicon FEELING = CUES.get("feeling");
  static final Lexicon PLACE = CUES.get("place");
  static final Lexicon GENERIC = CUES.get("generic");
  static final Lexicon DISCUSS = CUES.get("discuss");
  static final Lexicon STAFF = CUES.get("staff");
  static final Lexicon RECOVERY = CUES.get("recovery");
  static final Lexicon ADMIN = CUES.get("admin");
  static final Lexicon BOOKING = CUES.get("booking");

  /**
   * Second person possessives: the word before (or, in Welsh, Spanish and Italian, after) the
   * person's item.
   */
  static final Set<String> POSSESSIVE =
      Set.of(
          "your", "eich", "dy", "su", "sus", "tu", "tus", "suo", "sua", "suoi", "sue", "tuo", "tua",
          "tuoi", "tue", "vostro", "vostra", "vostri", "vostre");

  /** Second person subjects of a care verb: "you were seen", "usted faltó", "lei ha saltato". */
  static final Set<String> SUBJECT = Set.of("you", "usted", "lei", "chi", "you're", "you've");

  /**
   * Words that may stand between a possessive and the item: "your recent hip operation", "la sua
   * ultima visita".
   */
  static final Set<String> FILLER =
      Set.of(
          "recent",
          "first",
          "second",
          "third",
          "last",
          "little",
          "new",
          "latest",
          "next",
          "own",
          "late",
          "dear",
          "ultima",
          "ultimo",
          "prima",
          "primo",
          "reciente",
          "primera",
          "diweddar",
          "cyntaf",
          "olaf",
          "annwyl");

  /**
   * Links between an item and the person after it: "la cirugía de su madre", "il ricovero di suo
   * marito".
   */
  static final Set<String> OF = Set.of("of", "de", "del", "di", "della", "dello", "dei", "delle");

  /** Weak care words that also mean the care staff give. */
  static final Set<String> CARE_GIVEN = Set.of("care", "gofal", "atencion", "cure");

  /**
   * Modal words just after an item: "your appointment may be affected", "your results could take".
   */
  static final Set<String> MODAL_AFTER =
      Set.of(
          "may",
          "might",
          "could",
          "can",
          "will",
          "would",
          "should",
          "puede",
          "podria",
          "potrebbe",
          "puo",
          "gall",
          "allai");

  static final Set<String> WE = Set.of("we", "i", "we're", "we've", "we'd");

  /** Third person possessives: the relative's own care once the reply has named the relative. */
  static final Set<String> THIRD =
      Set.of("her", "his", "their", "ei", "eu", "su", "sus", "suo", "sua");

  static final Set<String> NEGATION =
      Set.of(
          "can't", "cannot", "not", "unable", "won't", "no", "non", "ni", "nid", "methu", "dim",
          "n't", "never");

  /** English words ending in -ed that are not past forms about an event. */
  static final Set<String> NOT_PAST =
      Set.of(
          "need",
          "needed",
          "based",
          "interested",
          "feed",
          "bed",
          "red",
          "shed",
          "speed",
          "seed",
          "hundred",
          "sacred",
          "led",
          "breed",
          "freed",
          "proceed",
          "succeed",
          "exceed",
          "limited",
          "qualified",
          "dedicated",
          "skilled",
          "talented",
          "detailed",
          "experienced",
          "registered",
          "trained",
          "advanced",
          "required",
          "expected",
          "planned",
          "scheduled",
          "booked",
          "invited",
          "supported",
          "concerned",
          "worried",
          "unsupported",
          "related",
          "shared",
          "valued",
          "appreciated",
          "inspired",
          "used",
          "advised",
          "recommended",
          "offered",
          "provided",
          "funded");

  /**
   * Words after a care noun that make it a service: "the vaccination clinic", "el parto respetado
   * programme".
   */
  static final Set<String> SERVICE =
      Set.of(
          "clinic",
          "clinics",
          "unit",
          "service",
          "services",
          "team",
          "centre",
          "center",
          "programme",
          "program",
          "day",
          "event",
          "drive",
          "campaign",
          "suite",
          "bus",
          "hub",
          "week",
          "month",
          "pathway",
          "letter",
          "letters",
          "reminder",
          "reminders",
          "system",
          "portal",
          "line",
          "app");

  static final Set<String> THANKS =
      Set.of("thanks", "thank", "diolch", "gracias", "grazie", "cheers");

  /**
   * Greetings that address the person answered: "Hi Linda", "Thanks Tom", "Diolch Sian", "Gracias,
   * Ana".
   */
  static final Set<String> GREETINGS =
      Set.of(
          "hi",
          "hello",
          "hey",
          "dear",
          "thanks",
          "thank",
          "you",
          "morning",
          "afternoon",
          "evening",
          "diolch",
          "helo",
          "annwyl",
          "gracias",
          "hola",
          "querida",
          "querido",
          "estimada",
          "estimado",
          "grazie",
          "ciao",
          "gentile",
          "cara",
          "caro",
          "salve",
          "buongiorno",
          "buenos",
          "dias");

  /** "l'intervento" to "intervento"; {@code null} when the key has no elided article. */
  static String elided(String key) {
    int q = key.indexOf('\'');
    return q > 0 && q <= 4 && q < key.length() - 1 ? key.substring(q + 1) : null;
  }

  static final Set<String> NOT_PAST_VERB =
      Set.of(
          "look",
          "cuidar",
          "gofalu",
          "trin",
          "prenderci",
          "colli",
          "caring",
          "care",
          "did",
          "didn't");
  static final Set<String> FIRST_PERSON =
      Set.of(
          "i", "my", "me", "i'm", "i've", "i'd", "we", "our", "fy", "mi", "mis", "yo", "mio", "mia",
          "miei", "mie", "io", "rwy", "roeddwn");
  static final Set<String> ARTICLES = Set.of("il", "la", "lo", "el", "the", "y", "yr");
  static final Set<String> PAST_AUX =
      Set.of("were", "was", "been", "fue", "fuiste", "stato", "stata", "cawsoch");

  /**
   * Care verbs in a past form ("missed", "seen", "faltó", "saltato"), not "looking after" or
   * "cuidar".
   */
  static boolean pastVerb(String k) {
    return !k.endsWith("ing") && !NOT_PAST_VERB.contains(k);
  }

  /** Spanish and Italian past participles: "durato", "operada", "dimesso" is not one. */
  static boolean participle(String language, String k) {
    if (k.length() < 6) {
      return false;
    }
    return language.equals("it")
            && (k.endsWith("ato") || k.endsWith("ata") || k.endsWith("uto") || k.endsWith("ito"))
        || language.equals("es")
            && (k.endsWith("ado") || k.endsWith("ada") || k.endsWith("ido") || k.endsWith("ida"));
  }

  static boolean pastForm(String k) {
    return k.length() >= 5 && k.endsWith("ed") && !NOT_PAST.contains(k);
  }

  /** Loads {@code [section]}-headed word lists; {@code #} starts a comment line. */
  static Map<String, Lexicon> sections(String resource) {
    Map<String, List<String>> lists = new HashMap<>();
    String current = null;
    try (var in = ReplyDetails.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + resource + " is missing from the classpath");
      }
      var r =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          current = l.substring(1, l.length() - 1);
          lists.putIfAbsent(current, new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException(
              "lexicon " + resource + ": entry before the first [section]");
        } else {
          lists.get(current).add(l);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read lexicon " + resource, e);
    }
    Map<String, Lexicon> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, Lexicon.of(v)));
    return Map.copyOf(out);
  }
}
