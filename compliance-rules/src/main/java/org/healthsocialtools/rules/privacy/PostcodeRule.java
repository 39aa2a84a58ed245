package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * UK postcodes (Royal Mail format rules) and US ZIP codes (only when labelled "ZIP" or after a
 * state code) that point at a person's home. A postcode in a venue's published address, or the
 * organisation's own, passes.
 */
@RuleDefinition(
    id = "privacy.postcode",
    kind = Kind.LOCATION,
    severity = Severity.WARNING,
    summary = "Postcode or ZIP code of a person's home",
    message = "'{text}' is a postcode that points at where someone lives.",
    suggestion = "Remove the postcode, or give only the town or area.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source =
        "HIPAA Safe Harbor (B) geographic subdivisions smaller than a state; Royal Mail postcode format",
    regional =
        "GB https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/ ICO: UK GDPR guidance and resources",
    flags = {
      "Mrs Pryce lives at 27 Holly Bank, Rhos, [[LL14 1BX]] and is very upset",
      "Shout out to the 79-year-old from [[CF14 4XW]] who drove himself to A&E",
      "your mom's account (member ID W284719035, ZIP [[60614]])",
      "one of our patients: 41F, lives in ZIP [[78207]]",
      "Our patient lives at 14 Elm Road, Leeds [[LS61AN]] with her son",
      "Mrs Kelly lives at 22 Oak Lane, Boston, MA [[02118-1234]]"
    },
    passes = {
      "Walk-in clinic at Kingsway Health Centre, 22 Market Street, Wakefield WF1 1DH, 9am–1pm",
      "Flu shots at Lakeview Community Clinic, 1400 W. Lake St, Minneapolis, MN 55408",
      "We raised 12345 pounds",
      "Postcode QV1 1AA is not a real format"
    })
public final class PostcodeRule extends Recognizer {

  private static final Pattern STATE_ZIP =
      Pattern.compile(
          "\\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
              + "V[TA]|W[AVIY]),? ([0-9]{5}(?:[\\-\\s.]?[0-9]{4})?)\\b");

  /** Between a street address and its postcode: a comma or space, perhaps a US state code. */
  private static final Pattern GAP = Pattern.compile("[ ,\\n]{1,3}(?:[A-Z]{2},?[ \\n])?");

  private static final Set<String> LABELS =
      Set.of("zip", "postcode", "post", "zipcode", "cp", "cap", "cod");

  private static final String UK = "UK postcode format";
  private static final String LABELLED_ZIP = "labelled ZIP code";
  private static final String STATE = "ZIP code after a state";

  public PostcodeRule(RuleContext context) {
    super(context, null);
  }

  /**
   * UK postcodes where a token can start one, labelled ZIP codes and ZIP codes after a state code;
   * each candidate carries how it was found as its label.
   */
  @Override
  protected void candidates(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (digits(text, 1) == 0) {
      return;
    }
    matchAtTokens(
        post,
        Postcodes.UK_IN_TEXT,
        PostcodeRule::outwardLike,
        9,
        uk -> {
          if (!profile.postcodes.contains(uk.group().replace(" ", ""))) {
            consider(post, sink, uk.start(), uk.end(), UK);
          }
        });
    boolean fiveDigits = false;
    for (var t : post.tokens()) {
      fiveDigits |=
          t.type() == org.healthsocialtools.analysis.TokenType.NUMBER && t.text().length() >= 5;
    }
    if (!fiveDigits) {
      return;
    }
    Matcher zip = Postcodes.ZIP.matcher(text);
    while (zip.find()) {
      if (Near.keyBefore(post, zip.start(1), 2, LABELS) != null) {
        consider(post, sink, zip.start(1), zip.end(1), LABELLED_ZIP);
      }
    }
    Matcher sz = STATE_ZIP.matcher(text);
    while (sz.find()) {
      consider(post, sink, sz.start(1), sz.end(1), STATE);
    }
  }

  /**
   * A token that can start a postcode: an upper-case letter, then a digit within the next two
   * characters.
   */
  private static boolean outwardLike(org.healthsocialtools.analysis.Token t) {
    String s = t.text();
    return s.length() >= 2
        && s.charAt(0) >= 'A'
        && s.charAt(0) <= 'Z'
        && (Character.isDigit(s.charAt(1))
            || s.length() >= 3 && Character.isDigit(s.charAt(2))
            || s.equals("GIR"));
  }

  /**
   * The residential cue of a street address that ends right before the postcode ("lives at 14 Elm
   * Road, Leeds LS6 1AN"): the postcode completes that home address. Null when there is none.
   */
  private static String homeAddressEndingAt(AnalyzedPost post, PostFacts facts, int s) {
    String text = post.text();
    int from = Math.max(0, s - 120);
    Matcher m = Addresses.STREET.matcher(text).region(from, s);
    while (m.find()) {
      int end = m.end(3) >= 0 ? m.end(3) : m.end(2);
      if (GAP.matcher(text.substring(end, s)).matches()) {
        return Addresses.residentialCue(post, facts, m.start(1) >= 0 ? m.start(1) : m.start(2));
      }
    }
    return null;
  }

  @Override
  protected Verdict judge(Candidate c) {
    AnalyzedPost post = c.post;
    int s = c.start;
    int e = c.end;
    String what = c.contextWord();
    boolean labelled = what.equals(LABELLED_ZIP);
    if (profile.ownAddress(c.text())) {
      return Verdict.PASS;
    }
    PostFacts facts = PostFacts.of(post, profile);
    String home = Addresses.residentialCue(post, facts, s);
    if (home == null) {
      home = homeAddressEndingAt(post, facts, s);
    }
    String venue = Addresses.venueCue(post, s, e);
    List<String> ev = new ArrayList<>(3);
    ev.add(what);
    Severity sev;
    if (home != null || labelled && venue == null) {
      ev.add(
          home != null
              ? "'" + home + "' before it: a home (+)"
              : "labelled as someone's ZIP code (+)");
      sev = Severity.ERROR;
    } else if (venue == null && facts.patientStory()) {
      ev.add("in a care story, with no venue named (+)");
      sev = Severity.WARNING;
    } else {
      return Verdict.PASS;
    }
    return Verdict.report(sev, sev == Severity.ERROR ? 0.9 : 0.6, "postcode", ev);
  }
}
