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
 * Calendar dates tied to a person's care, birth or death (DOB, admission, surgery, discharge,
 * death), in numeric (UK and US order, 2- or 4-digit years), English, Welsh, Spanish and Italian
 * forms. Event dates pass: a weekday before the date ("Saturday 11 October") or event words
 * ("open", "apply by") mark a public date.
 */
@RuleDefinition(
    id = "privacy.care-date",
    kind = Kind.DATE,
    severity = Severity.WARNING,
    summary = "Date of birth, admission, treatment or death of a person",
    message = "'{text}' is a date tied to a person's care, birth or death.",
    suggestion = "Remove the date or make it vague ('recently', 'this spring').",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (C) dates",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "Margaret Ellison (DOB [[02/11/1938]]) is home",
      "pt Maria, DOB [[06/21/1971]], needs a call",
      "your dad's heart bypass on [[14 March]] went well",
      "Born [[04/02/2025]] at 03:12 in our birth centre",
      "born [[14th March '52]] and still doing the crossword",
      "Born on [[9 June 1920]] in Pontypridd",
      "MRI from a 58-year-old, admitted [[10/02]] after a fall",
      "don Ernesto, quien falleció el [[2 de febrero]] en la UCI",
      "ICD fitted on [[9 October]] and he's hoping to coach",
      "DOB [[02 11 1938]], admitted [[9\nOctober]]",
      "date of birth [[02111938]]",
      "DOB [[1951-04-12]], admitted [[5-May-2021]]",
      "Mr Hale was admitted on [[2021.05.21]] after a fall"
    },
    passes = {
      "Our flu clinic is open this Saturday, 11 October, 9am–1pm",
      "Apply by 30 November: jobs.nhs.uk",
      "Open 24/7 for urgent advice",
      "Join us on Sunday 14 September for the 5k",
      "From Monday 3 November, please call our new number",
      "Open 9.00-17.00; 1/2/3 tickets left; version 2.3.1; support 24/7",
      "Raised 12 05 2024 pounds and 02111938 steps",
      "Report 2024-05-12 published; tickets 5-May-2025 on sale",
      "Version 2021.13.40 released",
      "We planted 20240512 seeds"
    })
public final class CareDateRule extends PrivacyRule {

  private static final String EN_MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String OTHER_MONTH =
      "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
          + "|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
          + "|novembre|dicembre|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr";

  /**
   * Numeric dates with any one separator between the parts (slash, dot, dash, space, line break;
   * mixed or not) or none (DDMMYYYY); written dates with a space or line break between words. Forms
   * other than the usual slash, dot or dash need a four-digit year and a birth, care or death word
   * before them.
   */
  private static final Pattern DATE =
      Pattern.compile(
          ("(?i)\\b(?:"
                  + "([0-3]?[0-9][/.\\-\\n ][0-3]?[0-9][/.\\-\\n ](?:[0-9]{4}|[0-9]{2})|[0-3][0-9][0-3][0-9](?:19|20)[0-9]{2})"
                  + "|([0-3]?[0-9]/[01]?[0-9])"
                  + "|([0-3]?[0-9](?:st|nd|rd|th)? (?:of )?(?:"
                  + EN_MONTH
                  + ")\\.?(?:,? (?:['’][0-9]{2}|[0-9]{4}))?)"
                  + "|((?:"
                  + EN_MONTH
                  + ")\\.? [0-3]?[0-9](?:st|nd|rd|th)?(?:,? [0-9]{4})?)"
                  + "|([0-3]?[0-9] (?:de |del )?(?:"
                  + OTHER_MONTH
                  + ")(?:,? (?:de |del )?[0-9]{4})?)"
                  + "|((?:19|20)[0-9]{2}[/.\\-\\n ]?[01]?[0-9][/.\\-\\n ]?[0-3]?[0-9])"
                  + "|([0-3]?[0-9][/.\\-](?:"
                  + EN_MONTH
                  + ")[/.\\-](?:[0-9]{4}|[0-9]{2}))"
                  + ")(?:$|[^0-9A-Za-z])")
              .replace(" ", "[ \\n]"));

  static final Lexicon STRONG =
      Lexicon.of(
          List.of(
              "dob",
              "d.o.b",
              "date of birth",
              "born",
              "birth",
              "died",
              "passed away",
              "passed",
              "death",
              "admitted",
              "admission",
              "discharged",
              "discharge",
              "surgery",
              "operation",
              "op",
              "fitted",
              "bypass",
              "procedure",
              "diagnosed",
              "transplant",
              "delivered",
              "fallecio",
              "nacio",
              "nacida",
              "nacido",
              "nato",
              "nata",
              "morto",
              "morta",
              "deceduto",
              "ricoverato",
              "ricoverata",
              "ganwyd",
              "bu farw",
              "cita",
              "appointment",
              "seen on",
              "treated",
              "injured",
              "collapsed",
              "fell"));
  private static final Set<String> MONTHS =
      Set.of(
          "jan",
          "january",
          "feb",
          "february",
          "mar",
          "march",
          "apr",
          "april",
          "may",
          "jun",
          "june",
          "jul",
          "july",
          "aug",
          "august",
          "sep",
          "sept",
          "september",
          "oct",
          "october",
          "nov",
          "november",
          "dec",
          "december");
  private static final Set<String> BIRTH = Set.of("dob", "d.o.b", "date of birth", "born");
  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thurs",
          "fri",
          "sat",
          "sun",
          "lunes",
          "martes",
          "miercoles",
          "jueves",
          "viernes",
          "sabado",
          "domingo",
          "lunedi",
          "martedi",
          "mercoledi",
          "giovedi",
          "venerdi",
          "sabato",
          "domenica",
          "dydd",
          "llun",
          "mawrth",
          "mercher",
          "iau",
          "gwener",
          "sadwrn",
          "sul");
  private static final Set<String> EVENT =
      Set.of(
          "open",
          "opens",
          "opening",
          "event",
          "session",
          "join",
          "book",
          "apply",
          "deadline",
          "closed",
          "closes",
          "starts",
          "start",
          "meeting",
          "fair",
          "quiz",
          "until",
          "till",
          "from",
          "by",
          "clinic",
          "clinics",
          "drop-in",
          "walk-in",
          "launch",
          "cerrada",
          "abierto",
          "aperto");

  /** The ISO (year first) alternative's group; the dashed month-name form's is the last. */
  private static final int ISO = 6;

  private static final int LAST_GROUP = 7;

  public CareDateRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (digits(text, 1) == 0) {
      return;
    }
    matchAtTokens(
        post,
        DATE,
        t -> startsWithDigit(t) || MONTHS.contains(t.key()),
        40,
        m -> found(post, sink, m));
  }

  private void found(AnalyzedPost post, FindingSink sink, Matcher m) {
    String text = post.text();
    int g = 1;
    while (g < LAST_GROUP && m.start(g) < 0) {
      g++;
    }
    int s = m.start(g);
    int e = m.end(g);
    if (g == 1 && !validNumeric(text.substring(s, e))
        || g == ISO && !validIso(text.substring(s, e))) {
      return;
    }
    String strong = Near.cueBefore(post, STRONG, s, 6);
    if (g == ISO && !usualNumeric(text, s, e) && strong == null) {
      return; // "1951 04 12", "19510412": a date only after "DOB", "born", "admitted"...
    }
    if (g == 1 && !usualNumeric(text, s, e) && (strong == null || !fourDigitYear(text, s, e))) {
      return; // "02 11 1938", "02111938": a date only after "DOB", "born", "admitted"...
    }
    int tok = post.tokenAtOrAfter(s);
    if (Near.keyBefore(post, s, 3, WEEKDAYS) != null || Near.keyBefore(post, s, 2, EVENT) != null) {
      return;
    }
    List<String> ev = new ArrayList<>(3);
    ev.add("a calendar date");
    Severity sev;
    if (strong != null) {
      ev.add("'" + strong + "' just before: a date of birth, care or death (+)");
      sev = BIRTH.contains(strong) ? Severity.ERROR : Severity.WARNING;
    } else {
      if (g == 2) {
        return; // "24/7", "3/4 of staff": only with a care word just before
      }
      PostFacts facts = PostFacts.of(post, profile);
      Token t = post.tokens().get(Math.min(tok, post.tokens().size() - 1));
      if (!(facts.tiedToPerson(tok) && careWordInSentence(facts, t.sentence()))) {
        return;
      }
      ev.add("in a sentence about one person's care (+)");
      sev = Severity.WARNING;
    }
    emit(
        post,
        sink,
        s,
        e,
        sev,
        null,
        null,
        new Explanation("date", sev == Severity.ERROR ? 0.95 : 0.7, ev));
  }

  private static boolean careWordInSentence(PostFacts facts, int sentence) {
    for (List<Lexicon.Match> list : List.of(facts.health, facts.patientCues)) {
      for (Lexicon.Match x : list) {
        if (facts.post.tokens().get(x.first()).sentence() == sentence) {
          return true;
        }
      }
    }
    return false;
  }

  /** Day and month valid in UK (d/m) or US (m/d) order; without separators, a year from 1900 on. */
  private static boolean validNumeric(String s) {
    String[] p =
        s.indexOf('/') < 0
                && s.indexOf('.') < 0
                && s.indexOf('-') < 0
                && s.indexOf(' ') < 0
                && s.indexOf('\n') < 0
            ? new String[] {s.substring(0, 2), s.substring(2, 4), s.substring(4)}
            : s.split("[/.\\-\\n ]");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    return a >= 1 && b >= 1 && (a <= 31 && b <= 12 || a <= 12 && b <= 31);
  }

  /** Year first (1951-04-12, 1951 04 12, 19510412): month 1-12, day 1-31. */
  private static boolean validIso(String s) {
    String[] p = s.split("[/.\\-\\n ]");
    if (p.length != 3) {
      if (s.length() != 8) {
        return false; // "1951412": no separators, so month and day must have two digits each
      }
      p = new String[] {s.substring(0, 4), s.substring(4, 6), s.substring(6)};
    }
    int month = Integer.parseInt(p[1]);
    int day = Integer.parseInt(p[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /** Slash, dot or dash throughout, as dates are usually written. */
  private static boolean usualNumeric(String text, int s, int e) {
    char first = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        if (first == 0) {
          first = c;
        } else if (c != first) {
          return false;
        }
      }
    }
    return first == '/' || first == '.' || first == '-';
  }

  /** The last part has four digits: "02 11 1938" or "02111938", not "02 11 38". */
  private static boolean fourDigitYear(String text, int s, int e) {
    int i = e;
    while (i > s && Character.isDigit(text.charAt(i - 1))) {
      i--;
    }
    return e - i == 4 || i == s;
  }
}
