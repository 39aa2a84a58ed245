package org.healthsocialtools.rules.privacy;

import java.util.List;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.GatedPattern;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;
import org.healthsocialtools.rule.Validators;

/**
 * US Social Security numbers: nine digits, with the SSA's rules (area never 000, 666 or 900-999,
 * group never 00, serial never 0000; the advertising numbers 078-05-1120 and 123-45-6789 are not
 * anyone's). With a context word ("SSN", "social security") any grouping counts, separators mixed
 * or not, line breaks included; after "her number" or "his number" too, as a warning. Without
 * either, only the 3-2-4 form with one dash, dot or space throughout, as a warning.
 */
@RuleDefinition(
    id = "privacy.ssn",
    kind = Kind.IDENTIFIER,
    severity = Severity.ERROR,
    summary = "US Social Security number",
    message = "Looks like a US Social Security number: it identifies a person.",
    suggestion = "Remove the number.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (G); SSA number format rules",
    flags = {
      "pt Maria Gonzalez, SSN [[412-58-7730]], DOB 06/21/1971",
      "printout with SSN [[538 21 0946]] on the printer",
      "social security no. [[538210946]]",
      "her number [[412-58-7730]] was on the form",
      "SSN: [[538/21\n0946]]",
      "his number is [[412587730]]"
    },
    passes = {
      "SSN 000-12-3456 is not a valid number",
      "Example SSN 123-45-6789 in our training slides",
      "SSN 666-12-3456",
      "Call 412-58-77301 today",
      "Mixed 412-58 7730 delimiters",
      "Order 412587730 ships today",
      "Open 24/7; 3/4 of staff vaccinated; 12/05/2024 event"
    })
public final class SsnRule extends Recognizer {

  /**
   * Nine digits, at most one space, line break, dash, dot or slash between two; not inside a longer
   * number.
   */
  private static final Validators.Validator SSA_RULES = Validators.get("ssn");

  private static final GatedPattern CANDIDATES =
      GatedPattern.of("(?:^|[^0-9\\-])([0-9](?:[ \\n.\\-/]?[0-9]){8})(?:$|[^0-9\\-])", false, 1, 9);
  private static final Lexicon CONTEXT =
      Lexicon.of(
          List.of(
              "ssn",
              "ss#",
              "ss no",
              "social security",
              "social security number",
              "social security no",
              "social",
              "seguro social",
              "numero de seguro social"));

  /** Words that say the number is a person's own. */
  private static final Lexicon PERSONAL =
      Lexicon.of(
          List.of(
              "her number",
              "his number",
              "their number",
              "my number",
              "your number",
              "her no",
              "his no"));

  public SsnRule(RuleContext context) {
    super(context, CANDIDATES, CONTEXT, 6);
  }

  @Override
  protected Verdict judge(Candidate c) {
    if (!SSA_RULES.test(c.digits()) || Ibans.covers(c.post.text(), c.start, c.end)) {
      return Verdict.PASS;
    }
    String context = c.contextWord();
    if (context != null) {
      return Verdict.report(
          Severity.ERROR,
          0.95,
          "9-digit number",
          List.of("SSA format rules pass", "context word '" + context + "' nearby (+)"));
    }
    String personal = Near.cueBefore(c.post, PERSONAL, c.start, 4);
    if (personal != null || canonical(c.post.text(), c.start, c.end)) {
      return Verdict.report(
          Severity.WARNING,
          0.6,
          personal != null ? "a person's 9-digit number" : "3-2-4 number",
          List.of(
              "SSA format rules pass",
              personal != null
                  ? "'" + personal + "' before it (+)"
                  : "no context word: could be another reference number"));
    }
    return Verdict.PASS;
  }

  /** The 3-2-4 form with one dash, dot or space throughout. */
  private static boolean canonical(String text, int s, int e) {
    if (e - s != 11) {
      return false;
    }
    char sep = text.charAt(s + 3);
    return (sep == '-' || sep == '.' || sep == ' ') && text.charAt(s + 6) == sep;
  }
}
