package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.Checksums;
import org.healthsocialtools.rule.GatedPattern;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;
import org.healthsocialtools.rule.Validators;

/**
 * NHS numbers (England, Wales, Isle of Man), Northern Ireland H&amp;C numbers and Scottish CHI
 * numbers: ten digits in any grouping. The checksum alone is not enough (one random 10-digit number
 * in 11 passes mod 11), so confidence combines a context word ("NHS no", "CHI", "hospital number"),
 * the mod-11 check digit, the issued ranges (400-499 and 600-799 million for England and Wales,
 * 320-399 million for H&amp;C; 5xx never issued, 9xx test numbers) and, for CHI, a valid DDMMYY
 * birth date in the first six digits. With a context word the number is an identifier whether or
 * not its check digit is valid (labelling.md: "valid check digit or not").
 */
@RuleDefinition(
    id = "privacy.nhs-number",
    kind = Kind.IDENTIFIER,
    severity = Severity.ERROR,
    summary = "NHS, CHI or H&C number of a patient",
    message = "Looks like an NHS number: it identifies a patient and their health record.",
    suggestion = "Remove the number. Never post an NHS, CHI or H&C number, even partly.",
    guidance = "https://www.datadictionary.nhs.uk/attributes/nhs_number.html",
    source =
        "NHS Data Dictionary (NHS NUMBER, COMMUNITY HEALTH INDEX NUMBER); HIPAA Safe Harbor (H)",
    flags = {
      "Margaret (NHS no. [[943 476 5919]]) is home",
      "Her NHS number is [[9434765919]]",
      "patient NHS# [[5432-319-489]] still waiting",
      "NHS no [[9\u200b4\u200b3\u200b4\u200b7\u200b6\u200b5\u200b9\u200b1\u200b9]] bay 6",
      "NHS number [[\u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669]] on the form",
      "ref [[450 557 7104]]",
      "Mr Fraser, CHI [[1403527873]], transferring today",
      "Sample check please – Ann Murray, [[030788 6662]], DOB 3/7/88",
      "his record (H&C number [[350 982 5977]])",
      "NHS no. [[943.476.5918]] (check digit wrong, still a patient's number)",
      "NHS number [[943 476\n5919]] on the form",
      "NHS no [[943/476-5919]]"
    },
    passes = {
      "Call us on 0113 243 3144 for appointments",
      "Our charity number is 1234567890",
      "We vaccinated 4,500 people this week",
      "Call (312) 555-0178 for billing",
      "Order ref 5555555555 is ready",
      "Our switchboard is 0161 496 0732",
      "Open 9.00-17.00, Monday to Friday; call 0113 496 0500",
      "Tickets 1/2/3 sold out\n2024 2025 dates to follow",
      "The patient's wife is on +30 21 0123 4567"
    })
public final class NhsNumberRule extends Recognizer {

  /**
   * Ten digits, each separated by at most one space, line break, dash, dot or slash (mixed or not);
   * not inside a longer number.
   */
  private static final Validators.Validator MOD11 = Validators.get("mod11");

  private static final GatedPattern CANDIDATES =
      GatedPattern.of("(?:^|[^0-9])([0-9](?:[ \\n.\\-/]?[0-9]){9})(?:$|[^0-9])", false, 1, 10);
  static final Lexicon CONTEXT =
      Lexicon.of(
          List.of(
              "nhs",
              "nhs no",
              "nhs number",
              "nhs num",
              "nhs#",
              "h&c",
              "h&c number",
              "health and care number",
              "chi",
              "chi number",
              "chi no",
              "patient number",
              "patient no",
              "hospital number",
              "hospital no",
              "hosp no",
              "mrn",
              "rhif gig",
              "rhif y gig",
              "pt",
              "patient"));
  private static final Lexicon PHONE_CONTEXT =
      Lexicon.of(
          List.of(
              "call",
              "phone",
              "tel",
              "telephone",
              "ring",
              "text",
              "mobile",
              "fax",
              "ext",
              "extension",
              "contact",
              "on"));

  public NhsNumberRule(RuleContext context) {
    super(context, CANDIDATES, CONTEXT, 6);
  }

  @Override
  protected Verdict judge(Candidate c) {
    String digits = c.digits();
    if (Checksums.repdigit(digits)
        || c.before() == '('
        || c.before() == '+'
        || Ibans.covers(c.post.text(), c.start, c.end)
        || afterCountryCode(c.post.text(), c.start)) {
      return Verdict.PASS;
    }
    String context = c.contextWord();
    boolean valid = MOD11.test(digits);
    String scheme = scheme(digits, valid);
    List<String> evidence = new ArrayList<>(4);
    evidence.add(valid ? "mod 11 check digit valid" : "mod 11 check digit invalid");
    evidence.add(scheme != null ? scheme : "outside the issued NHS, H&C and CHI ranges");
    if (context != null) {
      evidence.add("context word '" + context + "' nearby (+)");
      return Verdict.report(Severity.ERROR, valid ? 0.99 : 0.85, "10-digit number", evidence);
    }
    if (!valid
        || c.post.region().equals("US")
        || phoneShaped(c.post, c.post.text(), c.start, c.end, digits)) {
      return Verdict.PASS;
    }
    if (scheme != null && !scheme.startsWith("test")) {
      return Verdict.report(Severity.ERROR, 0.8, "10-digit number", evidence);
    }
    evidence.add("no context word: 1 in 11 random numbers pass the check");
    return Verdict.report(
        Severity.WARNING,
        0.45,
        "10-digit number",
        evidence,
        "This number passes the NHS number"
            + " check digit: if it identifies a patient, remove it.");
  }

  /**
   * "+30 21 0123 4567": the digits follow an international dialling code, so they are a phone
   * number's.
   */
  private static boolean afterCountryCode(String text, int s) {
    int i = s - 1;
    if (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-' || text.charAt(i) == '.')) {
      i--;
    }
    int digits = 0;
    while (i >= 0 && Character.isDigit(text.charAt(i)) && digits < 4) {
      i--;
      digits++;
    }
    return digits >= 1 && digits <= 3 && i >= 0 && text.charAt(i) == '+';
  }

  /**
   * A leading 0 outside the CHI 6+4 grouping, or a phone word just before: a phone number, not an
   * NHS number.
   */
  private static boolean phoneShaped(AnalyzedPost post, String text, int s, int e, String digits) {
    if (Near.cueBefore(post, PHONE_CONTEXT, s, 3) != null) {
      return true;
    }
    boolean chiGrouping = e - s == 11 && !Character.isDigit(text.charAt(s + 6));
    return digits.charAt(0) == '0' && !chiGrouping && e - s != 10;
  }

  /** Which numbering scheme the digits fall in, or null. */
  static String scheme(String d, boolean valid) {
    long v = Long.parseLong(d.substring(0, 9));
    if ((v >= 400_000_000L && v <= 499_999_999L) || (v >= 600_000_000L && v <= 799_999_999L)) {
      return "in the issued NHS number range (England, Wales, Isle of Man)";
    }
    if (v >= 320_000_001L && v <= 399_999_999L) {
      return "in the issued H&C number range (Northern Ireland)";
    }
    if (valid && validDdmmyy(d)) {
      return "first six digits are a valid date of birth (Scottish CHI number)";
    }
    if (d.charAt(0) == '9') {
      return "test range (9xx numbers are never issued)";
    }
    return null;
  }

  static boolean validDdmmyy(String d) {
    int dd = Integer.parseInt(d.substring(0, 2));
    int mm = Integer.parseInt(d.substring(2, 4));
    int yy = Integer.parseInt(d.substring(4, 6));
    if (mm < 1 || mm > 12 || dd < 1) {
      return false;
    }
    int[] days = {31, yy % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return dd <= days[mm - 1];
  }
}
