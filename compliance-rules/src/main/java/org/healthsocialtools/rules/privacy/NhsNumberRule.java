package org.healthsocialtools.rules.privacy;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.Checksums;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * NHS numbers (England, Wales, Isle of Man) and Northern Ireland H&amp;C numbers: ten digits in any grouping.
 * Checksum alone is not enough (one random 10-digit number in 11 passes mod 11), so confidence combines three
 * signals: a context word ("NHS no", "patient number"), the mod-11 check digit, and the issued ranges (400-499 and
 * 600-799 million for England and Wales, 320-399 million for H&amp;C; 9xx are test numbers, never issued).
 */
@RuleDefinition(
    id = "privacy.nhs-number",
    kind = Kind.IDENTIFIER,
    severity = Severity.ERROR,
    summary = "NHS or H&C number of a patient",
    message = "Looks like an NHS number: it identifies a patient and their health record.",
    suggestion = "Remove the number. Never post an NHS number, even partly.",
    guidance = "https://www.datadictionary.nhs.uk/attributes/nhs_number.html",
    source = "NHS Data Dictionary (NHS NUMBER); HIPAA Safe Harbor (H) medical record numbers",
    flags = {
      "Margaret (NHS no. [[943 476 5919]]) is home",
      "Her NHS number is [[9434765919]]",
      "patient [[943-476-5919]] discharged today",
      "ref [[450 557 7104]]"
    },
    passes = {
      "Call us on 0113 243 3144 for appointments",
      "Our charity number is 1234567890",
      "We vaccinated 4,500 people this week"
    })
public final class NhsNumberRule extends AnnotatedRule {

  /** Ten digits, each group separated by at most one space, dash, dot or slash; not inside a longer number. */
  private static final Pattern CANDIDATE =
      Pattern.compile("(?:^|[^0-9])([0-9](?:[ .\\-/]?[0-9]){9})(?:$|[^0-9])");
  private static final List<String> CONTEXT = List.of(
      "nhs", "nhs no", "nhs number", "nhs num", "h&c", "health and care number", "patient number", "patient no",
      "hospital number", "nhs#");
  private static final int WINDOW = 30;

  public NhsNumberRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int s = m.start(1);
      int e = m.end(1);
      from = e;
      String digits = Checksums.digits(text.substring(s, e));
      if (Checksums.repdigit(digits)) {
        continue;
      }
      String context = contextWord(text, s, e);
      boolean valid = Checksums.mod11(digits);
      boolean issued = issued(digits);
      List<String> evidence = new ArrayList<>(3);
      evidence.add(valid ? "mod 11 check digit valid" : "mod 11 check digit invalid");
      evidence.add(issued ? "in an issued NHS or H&C range" : "outside the issued NHS and H&C ranges");
      if (context != null) {
        evidence.add("context word '" + context + "' nearby (+)");
        sink.report(s, e, Severity.ERROR, null, info().suggestion(),
            new Explanation("10-digit number", valid ? 0.99 : 0.85, evidence));
      } else if (valid && issued) {
        sink.report(s, e, Severity.ERROR, null, info().suggestion(),
            new Explanation("10-digit number", 0.8, evidence));
      } else if (valid) {
        evidence.add("no context word: 1 in 11 random numbers pass the check");
        sink.report(s, e, Severity.WARNING, "This number passes the NHS number check digit: if it identifies a"
            + " patient, remove it.", info().suggestion(), new Explanation("10-digit number", 0.45, evidence));
      }
    }
  }

  private static boolean issued(String d) {
    long v = Long.parseLong(d.substring(0, 9));
    return (v >= 400_000_000L && v <= 499_999_999L) || (v >= 600_000_000L && v <= 799_999_999L)
        || (v >= 320_000_001L && v <= 399_999_999L);
  }

  private static String contextWord(String text, int s, int e) {
    String before = text.substring(Math.max(0, s - WINDOW), s).toLowerCase(Locale.ROOT);
    String after = text.substring(e, Math.min(text.length(), e + 12)).toLowerCase(Locale.ROOT);
    String best = null;
    for (String c : CONTEXT) {
      if ((before.contains(c) || after.contains(c)) && (best == null || c.length() > best.length())) {
        best = c;
      }
    }
    return best;
  }
}
