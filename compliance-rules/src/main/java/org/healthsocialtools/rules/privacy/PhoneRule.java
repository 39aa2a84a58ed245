package org.healthsocialtools.rules.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.GatedPattern;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A private individual's phone number: GB, US, Italian and Spanish national forms and any
 * international form, checked with libphonenumber. Published service numbers pass: the
 * organisation's own (profile), helplines and short codes (111, 999, 112, 911, 988, 116 123),
 * freephone and non-geographic numbers, and numbers introduced as the organisation's ("call us",
 * "our line", an imperative "Call ..."). A number is reported when words say it is a person's
 * ("call you", "her number", "ring Tracey on") or, as a warning, when it is a mobile number.
 */
@RuleDefinition(
    id = "privacy.phone",
    kind = Kind.CONTACT,
    severity = Severity.ERROR,
    summary = "Phone number of a private individual",
    message = "'{text}' looks like a private person's phone number.",
    suggestion = "Remove the number; share contact details privately, never in a public post.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (D) telephone, (E) fax; libphonenumber",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "Dr Shah will call you on [[07700 900417]] this afternoon",
      "please can someone ring Tracey on [[07700.900.852]] about her dad",
      "Please call her back at [[(602) 555-0143]].",
      "callback [[617-555-0199]] ext 2",
      "his number for a walking buddy: [[+44 7700 900233]]",
      "ring Tracey on [[07700/900/852]] tonight",
      "The gentleman in side room 1 is settled; his daughter is on [[+44 20 7946 0958]]",
      "Signora Bianchi è in reparto, il figlio al [[+39 06 4991 2345]]",
      "The patient's wife is on [[+30 21 0123 4567]]",
      "Bed 4\nring her on [[07700\n900417]]"
    },
    passes = {
      "From Monday please call 0113 496 0500 to reach any department",
      "Call our imaging scheduling line at (412) 555-0187",
      "Samaritans are there on 116 123, or call 0800 1111",
      "Call 111 or 999 in an emergency; in the US call 911 or 988",
      "Call (414) 555-0152 with any questions",
      "NHS number 943 476 5919",
      "Open 9.00-17.00 and 24/7 online; tickets £12.50, v2.3.1",
      "Her appointment moved from 12/05/2024 to 19/05/2024",
      "Mrs Evans, member # 1048 5530 772, is on the list",
      "Our Ward 4 team thanks everyone; the ward line is 0161 496 0732"
    })
public final class PhoneRule extends Recognizer {

  /**
   * Digits with any separators between them (space, line break, dash, dot, slash, brackets), mixed
   * or not.
   */
  private static final GatedPattern CANDIDATES =
      GatedPattern.of(
          "(?:^|[^0-9A-Za-z+(])((?:\\+|00)?\\(?[0-9][0-9()\\- .\\n/]{5,18}[0-9])(?:$|[^0-9A-Za-z])",
          false,
          1,
          7);

  /** A numeric date at the start of a candidate: "12/05/2024" is not a phone number. */
  private static final Pattern DATE =
      Pattern.compile("[0-3]?[0-9]/[01]?[0-9]/[0-9]{2,4}\\b.*", Pattern.DOTALL);

  private static final Lexicon PERSONAL =
      Lexicon.of(
          List.of(
              "call you",
              "ring you",
              "text you",
              "phone you",
              "call her",
              "call him",
              "ring her",
              "ring him",
              "text her",
              "text him",
              "phone her",
              "phone him",
              "call back",
              "callback",
              "call-back",
              "his number",
              "her number",
              "my number",
              "their number",
              "his mobile",
              "her mobile",
              "mobile",
              "cell",
              "reach her",
              "reach him",
              "contact her",
              "contact him",
              "ffoniwch hi",
              "ffoniwch e",
              "ffonio hi",
              "llamela",
              "llamelo",
              "le llamara",
              "chiamala",
              "chiamalo",
              "ti chiamera",
              "share his number",
              "share her number",
              "her phone",
              "his phone",
              "home phone"));

  /** Relatives and carers, whose numbers a post must not carry. */
  private static final Lexicon RELATIVES =
      Lexicon.of(
          List.of(
              "daughter",
              "son",
              "wife",
              "husband",
              "mum",
              "mom",
              "dad",
              "mother",
              "father",
              "brother",
              "sister",
              "partner",
              "next of kin",
              "nok",
              "carer",
              "grandson",
              "granddaughter",
              "niece",
              "nephew",
              "neighbour",
              "neighbor",
              "hija",
              "hijo",
              "esposa",
              "esposo",
              "figlia",
              "figlio",
              "moglie",
              "marito",
              "merch",
              "mab",
              "gwr",
              "gwraig"));

  private static final Set<String> ORG =
      Set.of(
          "us",
          "our",
          "line",
          "helpline",
          "team",
          "switchboard",
          "office",
          "service",
          "department",
          "reception",
          "clinic",
          "appointments",
          "scheduling",
          "lifeline",
          "llamenos",
          "chiamaci",
          "ni",
          "enquiries",
          "bookings",
          "desk",
          "hotline",
          "freephone",
          "crisis",
          "practice",
          "surgery",
          "pharmacy",
          "centre",
          "center",
          "hospital",
          "we",
          "nos",
          "noi",
          "ni'n",
          "childline",
          "samaritans",
          "pals");
  private static final Set<String> IMPERATIVE =
      Set.of(
          "call",
          "ring",
          "phone",
          "text",
          "dial",
          "llame",
          "llamar",
          "chiama",
          "chiamare",
          "ffoniwch",
          "tel",
          "telephone",
          "contact");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  public PhoneRule(RuleContext context) {
    super(context, CANDIDATES, NhsNumberRule.CONTEXT, 6);
  }

  /**
   * Not a number as a whole: it may have run into a neighbour ("Bed 4\n07700 900417", two numbers
   * on two lines). Try the part before a line break, then scan again from the next group.
   */
  @Override
  protected int resumeAfterMiss(AnalyzedPost post, FindingSink sink, int s, int e) {
    String text = post.text();
    int nl = text.indexOf('\n', s);
    if (nl > s && nl < e) {
      consider(post, sink, s, nl);
      return nl;
    }
    int g = s;
    while (g < e
        && (Character.isDigit(text.charAt(g)) || text.charAt(g) == '+' || text.charAt(g) == '(')) {
      g++;
    }
    return g < e ? g : e;
  }

  /**
   * A phone number, a published or organisation number (pass), or not a phone number at all ({@code
   * NOT_THIS}, so the scan may try a part of it). The recogniser's context words are the NHS
   * number's: after "NHS no" a ten-digit number is that rule's.
   */
  @Override
  protected Verdict judge(Candidate c) {
    AnalyzedPost post = c.post;
    String raw = c.text();
    String d = c.digits();
    if (d.length() < 7 || d.length() > 15 || raw.indexOf('/') >= 0 && DATE.matcher(raw).matches()) {
      return Verdict.NOT_THIS;
    }
    if (profile.ownPhone(raw) || Ibans.covers(post.text(), c.start, c.end)) {
      return Verdict.PASS;
    }
    String region = region(raw, d, post);
    if (region == null) {
      return Verdict.NOT_THIS;
    }
    if (service(region, d)) {
      return Verdict.PASS;
    }
    PhoneNumber number;
    try {
      number =
          util.parse(
              raw.replace('/', ' ').replace('\n', ' '), region.equals("INTL") ? "ZZ" : region);
    } catch (NumberParseException ex) {
      return Verdict.NOT_THIS;
    }
    if (!util.isPossibleNumber(number)) {
      return Verdict.NOT_THIS;
    }
    if (!region.equals("INTL") && c.contextWord() != null
        || Near.cueBefore(post, RecordNumberRule.CONTEXT, c.start, 4) != null) {
      return Verdict.PASS; // "NHS no", "member #": a record number, another rule's
    }
    boolean valid = util.isValidNumber(number);
    boolean mobile = mobile(region, d, number, valid);
    List<String> ev = new ArrayList<>(4);
    ev.add(
        "libphonenumber: "
            + (valid ? "valid " : "possible ")
            + util.getRegionCodeForCountryCode(number.getCountryCode())
            + " number"
            + (mobile ? " (mobile)" : "")
            + (valid
                ? ""
                : "; an unassigned or reserved range (e.g. Ofcom drama numbers) is treated as real"));
    String personal = personalCue(post, c.start);
    if (personal != null) {
      ev.add("'" + personal + "' nearby: a person's number (+)");
      return Verdict.report(Severity.ERROR, 0.9, "phone number", ev);
    } else if (!orgCue(post, c.start)) {
      if (mobile) {
        ev.add("a mobile number with no sign it is the organisation's (+)");
        return Verdict.report(Severity.WARNING, 0.6, "phone number", ev);
      }
      String tie = relativeOrPatient(post, c.start);
      if (tie != null) {
        ev.add(tie + ", and no sign it is the organisation's (+)");
        return Verdict.report(Severity.WARNING, 0.6, "phone number", ev);
      }
    }
    return Verdict.PASS;
  }

  private static String region(String raw, String d, AnalyzedPost post) {
    if (raw.startsWith("+") || d.startsWith("00")) {
      return "INTL";
    }
    if (d.charAt(0) == '0'
        && (d.length() == 10 || d.length() == 11)
        && !post.language().equals("it")) {
      return "GB";
    }
    if (d.length() == 10 && d.charAt(0) >= '2' && d.charAt(3) >= '2'
        || d.length() == 11 && d.charAt(0) == '1') {
      return "US";
    }
    if (post.language().equals("it")
        && (d.charAt(0) == '3' || d.charAt(0) == '0')
        && d.length() >= 9) {
      return "IT";
    }
    if (post.language().equals("es") && d.length() == 9 && "6789".indexOf(d.charAt(0)) >= 0) {
      return "ES";
    }
    return null;
  }

  /** Freephone, non-geographic and short-code service numbers. */
  private static boolean service(String region, String d) {
    return switch (region) {
      case "GB" ->
          d.startsWith("080")
              || d.startsWith("03")
              || d.startsWith("084")
              || d.startsWith("087")
              || d.startsWith("09")
              || d.startsWith("0500")
              || d.startsWith("116");
      case "US" -> {
        String area = d.length() == 11 ? d.substring(1, 4) : d.substring(0, 3);
        yield Set.of("800", "833", "844", "855", "866", "877", "888", "900").contains(area);
      }
      case "IT" -> d.startsWith("800") || d.startsWith("803") || d.startsWith("116");
      case "ES" -> d.startsWith("900") || d.startsWith("800");
      default -> false;
    };
  }

  private static boolean mobile(String region, String d, PhoneNumber n, boolean valid) {
    if (region.equals("GB")) {
      return d.startsWith("07") && !d.startsWith("070") && !d.startsWith("076") && d.length() == 11;
    }
    if (region.equals("INTL") && n.getCountryCode() == 44) {
      String nat = String.valueOf(n.getNationalNumber());
      return nat.startsWith("7") && !nat.startsWith("70") && !nat.startsWith("76");
    }
    var type = PhoneNumberUtil.getInstance().getNumberType(n);
    return valid && type == PhoneNumberUtil.PhoneNumberType.MOBILE;
  }

  /** A personal cue or a person's name in the same sentence, up to 8 tokens before the number. */
  private String personalCue(AnalyzedPost post, int s) {
    String cue = Near.cueBefore(post, PERSONAL, s, 8);
    if (cue != null) {
      return cue;
    }
    int last = Near.lastBefore(post, s);
    if (last < 0) {
      return null;
    }
    PostFacts facts = PostFacts.of(post, profile);
    int sentence = post.tokens().get(last).sentence();
    for (Mention p : facts.patients()) {
      if (p.end() <= last + 1
          && p.end() >= last - 3
          && post.tokens().get(p.first()).sentence() == sentence) {
        return post.text().substring(p.start(), p.endOffset());
      }
    }
    return null;
  }

  /**
   * A relative's word ("his daughter is on ...") within 8 tokens before the number, or a patient
   * mentioned in the same sentence: a number in a care story that belongs to someone. Null when
   * neither.
   */
  private String relativeOrPatient(AnalyzedPost post, int s) {
    String relative = Near.cueBefore(post, RELATIVES, s, 8);
    if (relative != null) {
      return "'" + relative + "' before it";
    }
    int last = Near.lastBefore(post, s);
    if (last < 0) {
      return null;
    }
    int sentence = post.tokens().get(last).sentence();
    for (Mention p : PostFacts.of(post, profile).patients()) {
      if (post.tokens().get(p.first()).sentence() == sentence) {
        return "a patient named in the same sentence";
      }
    }
    return null;
  }

  /** "call us", "our line", or an imperative verb right before the number. */
  private static boolean orgCue(AnalyzedPost post, int s) {
    if (Near.keyBefore(post, s, 8, ORG) != null) {
      return true;
    }
    int last = Near.lastBefore(post, s);
    List<Token> tokens = post.tokens();
    for (int i = last, n = 0; i >= 0 && n < 3; i--, n++) {
      String k = tokens.get(i).key();
      if (IMPERATIVE.contains(k)) {
        return true;
      }
      if (!Set.of("on", "at", ":", "al", "il", "ar", "-", "–", "free", "now", "today")
          .contains(k)) {
        break;
      }
    }
    return false;
  }
}
