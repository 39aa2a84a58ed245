package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.GatedPattern;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;
import org.healthsocialtools.rule.Validators;

/**
 * A code with no known format that belongs to someone: six or more letters and digits with at least
 * three digits (a wristband code, a locker tag, a claim reference), right after a person ("Mr
 * Hale's ...", "her ...") or after an identifier word ("ID", "ref", "número", "rhif") in a post
 * about one person. How a reviewer thinks: a number that belongs to someone. Times, dates, prices,
 * doses, quantities, phone numbers, postcodes, hashtags and the organisation's own references (job,
 * order, booking, event, charity numbers) pass; the labelled record numbers and the checksum
 * formats are their own rules'.
 */
@RuleDefinition(
    id = "privacy.unknown-identifier",
    kind = Kind.IDENTIFIER,
    severity = Severity.WARNING,
    summary = "Unrecognised code tied to a person",
    message = "'{text}' looks like a code or number that belongs to a person.",
    suggestion = "Remove the code, or check that it identifies nobody.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (R) any other unique identifying number, characteristic or code",
    regional =
        "GB https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/ ICO: UK GDPR guidance and resources",
    flags = {
      "the gentleman in bay 3, wristband [[QX7730412]], is nil by mouth",
      "Mr Hale's locker tag [[TR-449812]] went missing",
      "her ref [[88X41297]] is on the letter",
      "Paciente Ana Ruiz, número [[AB449120]], en la sala"
    },
    passes = {
      "Apply by 30 November, job ref 200-1234567-AB, band 5",
      "Your booking ref ABX12345 is in the confirmation e-mail",
      "Take 1000mg paracetamol four times a day",
      "We raised £125000 for the ward; 250000 steps walked",
      "Clinic open 09:00-17:00 at Ward 7B; take bus X46 or 123A",
      "Call 0161 496 0732 for appointments",
      "Her baby was born 12052024 and weighed 3400g",
      "#Team2024 #NHS75 thanks our volunteers",
      "Mrs Khan (DOB 02/11/1938) thanks the team",
      "She says NHS 111 and GP 2024 plans helped her",
      "her mom's account, ZIP 60614, is flagged",
      "Mr Fraser, CHI 1403527873, and Mrs Ode, MRN 00731842, are the NHS and record rules' findings"
    })
public final class UnknownIdentifierRule extends Recognizer {

  /**
   * Letters, digits and inner dashes or slashes, perhaps after a capital prefix and a space or dot
   * ("TR 449812"), not inside a longer word, handle, hashtag, URL or number.
   */
  private static final GatedPattern CANDIDATES =
      GatedPattern.of(
          "(?:^|[^0-9A-Za-z@#/._\\-£$€])((?:[A-Z]{1,4}[ .])?[A-Za-z0-9]+(?:[\\-/][A-Za-z0-9]+){0,3})"
              + "(?:$|[^0-9A-Za-z@#/_\\-]|[.,;:!?](?:$|\\s))",
          false,
          1,
          3);

  /** Words that say what follows is an identifier. */
  private static final Lexicon ID_WORDS =
      Lexicon.of(
          List.of(
              "id",
              "id number",
              "number",
              "no",
              "no.",
              "ref",
              "reference",
              "code",
              "#",
              "num",
              "wristband",
              "tag",
              "badge",
              "label",
              "numero",
              "número",
              "nº",
              "n.",
              "codigo",
              "código",
              "codice",
              "rhif",
              "cod",
              "identificador"));

  /** Formats with a check that the identifier pack's rules report. */
  private static final List<Validators.Validator> KNOWN_FORMATS =
      List.of(
          Validators.get("dvla-licence"),
          Validators.get("iban"),
          Validators.get("dea"),
          Validators.get("dni-mod23"));

  /**
   * Labels of the identifier pack's rules (passport, licence, bank details...): theirs to report.
   */
  private static final Lexicon LABELLED_ELSEWHERE =
      Lexicon.of(
          List.of(
              "passport",
              "pasaporte",
              "passaporto",
              "licence",
              "license",
              "dl",
              "dl#",
              "driving",
              "iban",
              "sort code",
              "account",
              "routing",
              "dea",
              "itin",
              "imei",
              "ssn",
              "social security",
              "ni number",
              "national insurance",
              "dni",
              "nie",
              "npi",
              "medicare",
              "mbi",
              "card",
              "reg",
              "registration"));

  /** Words before a reference that make it the organisation's own. */
  private static final Set<String> ORG_REFERENCE =
      Set.of(
          "job",
          "jobs",
          "vacancy",
          "vacancies",
          "apply",
          "role",
          "post",
          "band",
          "booking",
          "order",
          "invoice",
          "ticket",
          "tickets",
          "event",
          "course",
          "charity",
          "registered",
          "company",
          "reg",
          "registration",
          "version",
          "v",
          "route",
          "bus",
          "flight",
          "room",
          "ward",
          "bay",
          "bed",
          "theatre",
          "clinic",
          "gate",
          "platform",
          "isbn",
          "doi",
          "item",
          "product");

  private static final Set<String> POSSESSIVES =
      Set.of("her", "his", "their", "patient's", "su", "sus", "suo", "sua", "ei", "ein");

  /** Capital words that are not part of a code when a number follows them. */
  private static final Set<String> NOT_PREFIXES =
      Set.of(
          "ZIP", "CAP", "CP", "PO", "NHS", "GP", "ICU", "HDU", "AE", "TEL", "FAX", "EXT", "UK",
          "US", "USA", "EU", "COVID", "CQC", "BMJ", "WHO", "ISO", "NICE", "OK", "AM", "PM", "BST",
          "GMT", "UTC", "RSV", "HPV", "MMR", "BCG", "PCR", "CPR", "DOB", "MRN", "CHI", "SSN");

  /** Unit words and suffixes: doses, weights, quantities. */
  private static final Set<String> UNITS =
      Set.of(
          "mg",
          "mcg",
          "g",
          "kg",
          "ml",
          "l",
          "iu",
          "units",
          "unit",
          "mmol",
          "mm",
          "cm",
          "km",
          "m",
          "k",
          "p",
          "pm",
          "am",
          "hrs",
          "hr",
          "h",
          "mins",
          "min",
          "s",
          "st",
          "nd",
          "rd",
          "th",
          "kcal",
          "steps",
          "people",
          "patients",
          "pounds",
          "gb",
          "mb",
          "px",
          "x");

  public UnknownIdentifierRule(RuleContext context) {
    super(context, CANDIDATES, ID_WORDS, 3);
  }

  /**
   * The gated pattern's candidates, skipping stretches that cannot hold a reportable one. The
   * pattern matches nearly every word, but {@link #judge} passes any candidate with fewer than
   * three digits. A candidate lies within one run of characters that can stand in it (letters,
   * digits, dashes, slashes, and a space or dot after a capital), so after each candidate the scan
   * resumes just before the next run holding three digits. That resumption point is outside every
   * match the plain scan would find, so the plain scan passes it too and the reported candidates
   * are the same.
   */
  @Override
  protected void candidates(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (!CANDIDATES.admits(text)) {
      return;
    }
    CANDIDATES.scan(
        text,
        (s, e) -> {
          consider(post, sink, s, e);
          return nextWorthScanning(text, e);
        });
  }

  /**
   * From {@code e}, the first position from which a candidate with three digits may still follow:
   * {@code e} itself, or a position no candidate covers just before such a run (the text's length
   * when none is left).
   */
  static int nextWorthScanning(String text, int e) {
    int n = text.length();
    int p = e;
    int i = e;
    while (i < n) {
      int b = i;
      int digits = 0;
      while (b < n && mayBeInCandidate(text, b)) {
        char c = text.charAt(b);
        digits += c >= '0' && c <= '9' ? 1 : 0;
        b++;
      }
      if (digits >= 3) {
        return p;
      }
      p = b; // no candidate covers b
      i = b + 1;
    }
    return n;
  }

  /** Whether the character at {@code i} can be part of a candidate (see {@code CANDIDATES}). */
  private static boolean mayBeInCandidate(String text, int i) {
    char c = text.charAt(i);
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
      return true;
    }
    if (c == '/') {
      return true;
    }
    if (c == ' ' || c == '.') {
      char before = i > 0 ? text.charAt(i - 1) : 0;
      return before >= 'A' && before <= 'Z'; // the space or dot of a capital prefix: "TR 449812"
    }
    return false;
  }

  @Override
  protected Verdict judge(Candidate c) {
    String raw = c.text();
    String d = c.digits();
    int alnum = 0;
    for (int i = 0; i < raw.length(); i++) {
      alnum += Character.isLetterOrDigit(raw.charAt(i)) ? 1 : 0;
    }
    boolean spacedPrefix = raw.indexOf(' ') > 0 || raw.indexOf('.') > 0;
    if (alnum < 6
        || d.length() < (spacedPrefix ? 5 : 3)
        || unitSuffix(raw)
        || shapedLikeSomethingElse(c.post, raw, c.start)) {
      return Verdict.PASS;
    }
    AnalyzedPost post = c.post;
    // Labels are looked for before the digits, so a capital label read as a prefix ("MRN 00731842")
    // counts.
    int digitsStart = c.start + Math.max(0, Math.max(raw.indexOf(' '), raw.indexOf('.')) + 1);
    for (Validators.Validator known : KNOWN_FORMATS) {
      if (known.test(raw)) {
        return Verdict
            .PASS; // a format with a check (licence, IBAN, DEA...): its own rule reports it
      }
    }
    if (Near.cueBefore(post, LABELLED_ELSEWHERE, digitsStart, 4) != null
        || Near.keyBefore(post, digitsStart, 2, ORG_REFERENCE) != null
        || Near.cueBefore(post, RecordNumberRule.CONTEXT, digitsStart, 4) != null
        || Near.cueBefore(post, NhsNumberRule.CONTEXT, digitsStart, 3) != null) {
      return Verdict
          .PASS; // the organisation's own reference, or a labelled number another rule reports
    }
    int after = Near.firstAfter(post, c.end);
    if (after < post.tokens().size() && UNITS.contains(post.tokens().get(after).key())) {
      return Verdict.PASS; // "1000 mg", "250000 steps"
    }
    List<String> ev = new ArrayList<>(3);
    ev.add(alnum + " letters and digits in no known format");
    String person = personBefore(post, c.start);
    String word = c.contextWord();
    if (person != null) {
      ev.add(person + " just before it (+)");
    } else if (word != null
        && PostFacts.of(post, profile).tiedToPerson(Math.max(0, Near.lastBefore(post, c.start)))) {
      ev.add("identifier word '" + word + "' before it, in a sentence about one person (+)");
    } else {
      return Verdict.PASS;
    }
    return Verdict.report(Severity.WARNING, 0.55, "code tied to a person", ev);
  }

  /** A patient named, or a possessive ("her", "his"), within the few tokens before the code. */
  private String personBefore(AnalyzedPost post, int s) {
    int last = Near.lastBefore(post, s);
    if (last < 0) {
      return null;
    }
    List<Token> tokens = post.tokens();
    for (int i = last, n = 0; i >= 0 && n < 3; i--, n++) {
      String k = tokens.get(i).key();
      if (POSSESSIVES.contains(k)
          || k.endsWith("'s") && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
        return "'" + tokens.get(i).text() + "'";
      }
    }
    for (Mention p : PostFacts.of(post, profile).patients()) {
      if (p.end() <= last + 1 && p.end() >= last - 4) {
        return "a patient named";
      }
    }
    return null;
  }

  /** A letter suffix of units or ordinals glued to the digits: "1000mg", "3400g", "21st", "9am". */
  private static boolean unitSuffix(String raw) {
    int i = raw.length();
    while (i > 0 && Character.isLetter(raw.charAt(i - 1))) {
      i--;
    }
    return i < raw.length()
        && i > 0
        && Character.isDigit(raw.charAt(i - 1))
        && UNITS.contains(raw.substring(i).toLowerCase(java.util.Locale.ROOT))
        && isNumber(raw.substring(0, i));
  }

  private static boolean isNumber(String s) {
    return s.chars().allMatch(Character::isDigit);
  }

  /**
   * Grouped digits without letters, digits alone that are a date (DDMMYYYY, YYYYMMDD) or a phone
   * number (leading 0, seven or more digits), a price, or a UK postcode: other rules' or nobody's.
   */
  private static boolean shapedLikeSomethingElse(AnalyzedPost post, String raw, int s) {
    char before = s > 0 ? post.text().charAt(s - 1) : ' ';
    if ("£$€".indexOf(before) >= 0 || s > 1 && "£$€".indexOf(post.text().charAt(s - 2)) >= 0) {
      return true;
    }
    int space = Math.max(raw.indexOf(' '), raw.indexOf('.'));
    String rest = space > 0 ? raw.substring(space + 1) : raw;
    if (space > 0 && NOT_PREFIXES.contains(raw.substring(0, space))) {
      return true; // "ZIP 60614", "NHS 111", "COVID 2024"
    }
    if (rest.chars().noneMatch(Character::isLetter) && !isNumber(rest)) {
      return true; // grouped digits: a date, phone, NHS or Social Security number, each its own
      // rule's
    }
    if (isNumber(rest)) {
      String n = rest;
      return n.charAt(0) == '0' && n.length() >= 7
          || space < 0 && n.length() <= 6
          || n.length() == 8
              && (NhsNumberRule.validDdmmyy(n.substring(0, 4) + n.substring(6, 8))
                  || n.startsWith("19")
                  || n.startsWith("20"));
    }
    String compact = raw.replace("-", "").replace("/", "");
    return compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
  }
}
