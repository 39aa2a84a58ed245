package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A private individual's e-mail address, written normally or spelled out to dodge filters ("jane
 * dot doe at gmail dot com", "jane [at] gmail [dot] com"). The organisation's own addresses and
 * domains, and role addresses (info@, enquiries@, press@...), pass; an address at a personal mail
 * provider is an error, any other a warning.
 */
@RuleDefinition(
    id = "privacy.email",
    kind = Kind.CONTACT,
    severity = Severity.ERROR,
    summary = "E-mail address of a private individual",
    message = "'{text}' looks like a private person's e-mail address.",
    suggestion = "Remove the address, or use the organisation's published contact address.",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html",
    source = "HIPAA Safe Harbor (F) e-mail addresses",
    regional =
        "GB https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/ NMC: Guidance on using social media responsibly",
    flags = {
      "Email her at [[jane.doe@gmail.com]] to send cards",
      "her email is [[bisi dot adebayo at yahoo dot co dot uk]] 💌",
      "write to [[jane [at] hotmail [dot] com]] please"
    },
    passes = {
      "Follow us @NorthbrookNHS for updates",
      "Call 0161 496 0732 or email carers@northbrook.nhs.uk",
      "We meet at the hall at 10am. Look at our site dot com soon"
    })
public final class EmailRule extends Recognizer {

  private static final Set<String> ROLE =
      Set.of(
          "info",
          "enquiries",
          "enquiry",
          "inquiries",
          "contact",
          "hello",
          "press",
          "media",
          "comms",
          "communications",
          "pals",
          "admin",
          "office",
          "reception",
          "appointments",
          "bookings",
          "help",
          "support",
          "team",
          "careers",
          "jobs",
          "recruitment",
          "feedback",
          "complaints",
          "carers",
          "volunteering",
          "fundraising",
          "charity",
          "events",
          "noreply",
          "no-reply",
          "privacy",
          "dpo",
          "referrals");
  private static final Set<String> PERSONAL_DOMAINS =
      Set.of(
          "gmail",
          "googlemail",
          "yahoo",
          "hotmail",
          "outlook",
          "live",
          "icloud",
          "me",
          "aol",
          "btinternet",
          "sky",
          "virginmedia",
          "talktalk",
          "protonmail",
          "proton",
          "gmx",
          "mail",
          "ymail",
          "msn",
          "libero",
          "tiscali",
          "hotmail.co",
          "yahoo.co");
  private static final Set<String> TLDS =
      Set.of(
          "com", "uk", "net", "org", "co", "ie", "us", "it", "es", "cymru", "wales", "io", "info",
          "edu", "gov", "de", "fr");

  private static final java.util.regex.Pattern BRACKETS =
      java.util.regex.Pattern.compile("[\\[\\]()]");
  private static final java.util.regex.Pattern DOT =
      java.util.regex.Pattern.compile("\\s*\\bdot\\b\\s*");
  private static final java.util.regex.Pattern AT =
      java.util.regex.Pattern.compile("\\s*\\bat\\b\\s*");

  public EmailRule(RuleContext context) {
    super(context, null);
  }

  /** E-mail tokens, and addresses spelled out around an "at" token. */
  @Override
  protected void candidates(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.EMAIL) {
        consider(post, sink, t.start(), t.end());
      } else if (t.isWord() && t.key().equals("at") && i > 0) {
        int[] span = spelledOut(tokens, i);
        if (span != null) {
          consider(post, sink, span[0], span[1]);
          i = post.tokenAtOrAfter(span[1]) - 1;
        }
      }
    }
  }

  /**
   * "name (dot name)* at domain (dot part)+" around the "at" token {@code at}; null if not that
   * shape.
   */
  private static int[] spelledOut(List<Token> tokens, int at) {
    int start = -1;
    int i = at - 1;
    i = skipBracket(tokens, i, -1);
    if (i < 0 || !tokens.get(i).isWord()) {
      return null;
    }
    start = i;
    while (i - 2 >= 0 && tokens.get(i - 1).key().equals("dot") && tokens.get(i - 2).isWord()) {
      i -= 2;
      start = i;
    }
    int j = skipBracket(tokens, at + 1, 1);
    if (j >= tokens.size() || !tokens.get(j).isWord()) {
      return null;
    }
    int end = j;
    int parts = 0;
    while (true) {
      int d = skipBracket(tokens, end + 1, 1);
      if (d >= tokens.size() || !tokens.get(d).key().equals("dot")) {
        break;
      }
      int p = skipBracket(tokens, d + 1, 1);
      if (p >= tokens.size() || !tokens.get(p).isWord()) {
        break;
      }
      end = p;
      parts++;
    }
    if (parts == 0 || !TLDS.contains(tokens.get(end).key())) {
      return null;
    }
    int e = end + 1 < tokens.size() && tokens.get(end + 1).text().equals("]") ? end + 1 : end;
    return new int[] {tokens.get(start).start(), tokens.get(e).end()};
  }

  private static int skipBracket(List<Token> tokens, int i, int step) {
    if (i >= 0
        && i < tokens.size()
        && "[]()".contains(tokens.get(i).text())
        && !tokens.get(i).text().isEmpty()) {
      return i + step;
    }
    return i;
  }

  @Override
  protected Verdict judge(Candidate c) {
    String raw = c.text().toLowerCase(Locale.ROOT);
    boolean spelled = raw.indexOf('@') < 0;
    String addr =
        spelled
            ? AT.matcher(DOT.matcher(BRACKETS.matcher(raw).replaceAll("")).replaceAll("."))
                .replaceAll("@")
            : raw;
    int at = addr.indexOf('@');
    if (at <= 0 || profile.emails.contains(addr)) {
      return Verdict.PASS;
    }
    String local = addr.substring(0, at);
    String domain = addr.substring(at + 1);
    if (profile.emailDomains.contains(domain) || ROLE.contains(local.replaceAll("[0-9]+$", ""))) {
      return Verdict.PASS;
    }
    String provider = domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain;
    boolean personalDomain = PERSONAL_DOMAINS.contains(provider);
    boolean orgDomain =
        domain.endsWith(".nhs.uk")
            || domain.endsWith(".gov.uk")
            || domain.endsWith(".org")
            || domain.endsWith(".org.uk")
            || domain.endsWith(".gov")
            || domain.endsWith(".edu");
    List<String> ev = new ArrayList<>(3);
    ev.add(spelled ? "an address spelled out with 'at' and 'dot'" : "e-mail address");
    if (personalDomain || spelled) {
      ev.add(
          personalDomain
              ? "'" + provider + "' is a personal mail provider (+)"
              : "spelled out to avoid filters (+)");
      return Verdict.report(Severity.ERROR, 0.95, "e-mail", ev);
    } else if (!orgDomain) {
      ev.add("not a role address or one of the organisation's");
      return Verdict.report(Severity.WARNING, 0.6, "e-mail", ev);
    }
    return Verdict.PASS;
  }
}
