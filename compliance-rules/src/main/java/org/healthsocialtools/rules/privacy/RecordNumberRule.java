package org.healthsocialtools.rules.privacy;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;
import org.healthsocialtools.rule.Validators;

/**
 * Record, account and licence numbers that have no national format (trust MRNs, hospital and
 * case-note numbers, insurance member ids, claim, policy, licence, passport, serial and device
 * numbers), found by their label: a context phrase followed within a few tokens by a code with at
 * least four digits, in any grouping, including one digit at a time ("MRN 0 0 4 8 2 9 1 3"). HIPAA
 * Safe Harbor (H)-(M) and (R).
 */
@RuleDefinition(
    id = "privacy.record-number",
    kind = Kind.IDENTIFIER,
    severity = Severity.ERROR,
    summary = "Medical record, hospital, insurance, account, licence or device number",
    message = "Looks like a record or account number: it identifies a person or their records.",
    suggestion = "Remove the number.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source =
        "HIPAA Safe Harbor (H)-(M), (R); record numbers have no national format, so context decides",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "specimen for Kenneth, MRN [[00731842]], DOB 12/30/1958",
      "like this: 'MRN [[0 0 4 8 2 9 1 3]], bed 12B'",
      "your mom's account (member ID [[W284719035]], ZIP 60614)",
      "claim denial – member # [[1048 5530 772]], callback today",
      "hosp no: [[RX-448812]] on the wristband",
      "Device serial number [[SN4471-0098]] from her pump",
      "tessera sanitaria n. [[80380000500012345678]]",
      "hosp no [[RX 448812]] and MRN [[0073\n1842]]",
      "Health plan number [[4491-2231-88]] for Mrs Jones"
    },
    passes = {
      "Our registered charity no. 1098765 thanks you",
      "Book with your member ID ready",
      "Call extension 4420 for wellbeing support",
      "MRN stands for medical record number"
    })
public final class RecordNumberRule extends Recognizer {

  private static final Validators.Validator MOD11 = Validators.get("mod11");

  static final Lexicon CONTEXT =
      Lexicon.of(
          List.of(
              "mrn",
              "mrn#",
              "medical record number",
              "medical record no",
              "medical record",
              "record number",
              "record no",
              "hospital number",
              "hospital no",
              "hosp no",
              "hosp number",
              "unit number",
              "unit no",
              "case note number",
              "case notes number",
              "case note no",
              "case no",
              "casenote",
              "patient id",
              "patient number",
              "patient no",
              "pt id",
              "chart number",
              "chart no",
              "account number",
              "account no",
              "acct",
              "acct no",
              "member id",
              "member #",
              "member no",
              "member number",
              "membership number",
              "policy number",
              "policy no",
              "insurance id",
              "insurance number",
              "subscriber id",
              "group number",
              "claim number",
              "claim no",
              "medicare number",
              "medicaid id",
              "medicaid number",
              "licence number",
              "license number",
              "licence no",
              "license no",
              "driver's license",
              "driving licence",
              "passport number",
              "passport no",
              "serial number",
              "serial no",
              "device serial number",
              "device id",
              "imei",
              "sample id",
              "specimen id",
              "lab number",
              "lab no",
              "accession number",
              "tessera sanitaria",
              "codice fiscale",
              "numero de historia",
              "historia clinica",
              "número de afiliación",
              "cartella clinica",
              "rhif ysbyty",
              "id number",
              "reference number",
              "ref no",
              "health plan number",
              "health plan id",
              "health plan no",
              "plan number",
              "plan id",
              "beneficiary number",
              "beneficiary id",
              "subscriber number",
              "policy id",
              "insurance policy number",
              "member number",
              "numero di tessera",
              "numero de tarjeta sanitaria",
              "tarjeta sanitaria"));

  /**
   * After the label: separators and filler words, then a code whose every group after the first
   * starts with a digit, groups joined by one space, line break, dash, slash or dot. A letter
   * prefix joins its digits with a dash, or with any one separator when it is in capitals ("RX
   * 448812", "W 284719035").
   */
  private static final Pattern CODE =
      Pattern.compile(
          "^(?:[\\s:#.\\-(]|no\\b|number\\b|num\\b|is\\b|n\\.|nº|id\\b){0,8}"
              + "((?:(?-i:[A-Z]{1,4})[\\s\\-/.]?|[A-Z]{1,4}-?)?[0-9][A-Z0-9]*(?:[\\s\\-/.]?[0-9][A-Z0-9]*)*)",
          Pattern.CASE_INSENSITIVE);

  public RecordNumberRule(RuleContext context) {
    super(context, CONTEXT);
  }

  /**
   * The organisation's own identifier formats (profile), then each label with the code that follows
   * it.
   */
  @Override
  protected void candidates(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    String text = post.text();
    for (var id : profile.identifierPatterns.entrySet()) {
      Matcher pm = id.getValue().matcher(text);
      while (pm.find()) {
        emit(
            post,
            sink,
            pm.start(),
            pm.end(),
            Severity.ERROR,
            null,
            null,
            new Explanation(
                "organisation format",
                0.95,
                List.of("matches the organisation's '" + id.getKey() + "' identifier format")));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isWord()) {
        continue;
      }
      Lexicon.Match label = CONTEXT.longestAt(post, i);
      if (label == null) {
        continue;
      }
      int after = tokens.get(label.end() - 1).end();
      Matcher m = CODE.matcher(text.substring(after, Math.min(text.length(), after + 60)));
      i = label.end() - 1;
      if (!m.find()) {
        continue;
      }
      int s = after + m.start(1);
      int e = after + m.end(1);
      while (e > s && ".-/ \n".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      consider(post, sink, s, e, label.entry());
    }
  }

  @Override
  protected Verdict judge(Candidate c) {
    String digits = c.digits();
    if (digits.length() < 4 || digits.length() == 10 && MOD11.test(digits)) {
      return Verdict.PASS; // 10-digit mod-11 numbers are the NHS number rule's
    }
    return Verdict.report(
        Severity.ERROR,
        0.9,
        "labelled code",
        List.of(
            "label '" + c.contextWord() + "' before the code (+)", digits.length() + " digits"));
  }
}
