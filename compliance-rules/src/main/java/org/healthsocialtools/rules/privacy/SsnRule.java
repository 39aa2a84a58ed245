package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * US Social Security numbers: nine digits as 3-2-4, with the SSA's rules (area never 000, 666 or 900-999, group
 * never 00, serial never 0000, one delimiter throughout; the advertising numbers 078-05-1120 and 123-45-6789 are
 * not anyone's). With a context word ("SSN", "social security") any grouping counts; without one only the dashed
 * 3-2-4 form, as a warning.
 */
@RuleDefinition(
    id = "privacy.ssn",
    kind = Kind.IDENTIFIER,
    severity = Severity.ERROR,
    summary = "US Social Security number",
    message = "Looks like a US Social Security number: it identifies a person.",
    suggestion = "Remove the number.",
    guidance = "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (G); SSA number format rules; privacy-anchors.md",
    flags = {
      "pt Maria Gonzalez, SSN [[412-58-7730]], DOB 06/21/1971",
      "printout with SSN [[538 21 0946]] on the printer",
      "social security no. [[538210946]]",
      "her number [[412-58-7730]] was on the form"
    },
    passes = {
      "SSN 000-12-3456 is not a valid number",
      "Example SSN 123-45-6789 in our training slides",
      "SSN 666-12-3456",
      "Call 412-58-77301 today",
      "Mixed 412-58 7730 delimiters"
    })
public final class SsnRule extends PrivacyRule {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?:^|[^0-9\\-])([0-9]{3})([- ]?)([0-9]{2})([- ]?)([0-9]{4})(?:$|[^0-9\\-])");
  private static final Lexicon CONTEXT = Lexicon.of(List.of(
      "ssn", "ss#", "ss no", "social security", "social security number", "social security no", "social",
      "seguro social", "numero de seguro social"));
  private static final Set<String> NOT_ISSUED = Set.of("078051120", "123456789", "987654320", "987654321");

  public SsnRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (digits(text, 9) < 9) {
      return;
    }
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end(5);
      if (!m.group(2).equals(m.group(4))) {
        continue;
      }
      String area = m.group(1);
      String d = area + m.group(3) + m.group(5);
      int a = Integer.parseInt(area);
      if (a == 0 || a == 666 || a >= 900 || m.group(3).equals("00") || m.group(5).equals("0000")
          || NOT_ISSUED.contains(d) || d.chars().allMatch(c -> c == d.charAt(0))) {
        continue;
      }
      int s = m.start(1);
      int e = m.end(5);
      String context = Near.cueBefore(post, CONTEXT, s, 6);
      if (context != null) {
        emit(post, sink, s, e, Severity.ERROR, null, null, new Explanation("9-digit number", 0.95,
            List.of("SSA format rules pass", "context word '" + context + "' nearby (+)")));
      } else if (m.group(2).equals("-")) {
        emit(post, sink, s, e, Severity.WARNING, null, null, new Explanation("3-2-4 dashed number", 0.6,
            List.of("SSA format rules pass", "no context word: could be another reference number")));
      }
    }
  }
}
