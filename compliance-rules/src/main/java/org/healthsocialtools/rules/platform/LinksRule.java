package org.healthsocialtools.rules.platform;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Links people cannot judge or follow: shortened links that hide where they go (people are rightly
 * wary of them from a health service, and screen readers read gibberish), links loaded with
 * tracking parameters, and links that look broken ("htps://", "www.nhs .uk"). Links are the tokens
 * the analysis already found; only the broken shapes need an RE2 pass, and only when the text has a
 * character they need.
 */
@RuleDefinition(
    id = "platform.links",
    kind = Kind.LINKS,
    severity = Severity.WARNING,
    summary = "Shortened, tracking-heavy or broken-looking link",
    message = "'{text}' hides where it goes or looks broken.",
    suggestion = "Use the full, clean address of the page, such as nhs.uk/flu.",
    guidance =
        "https://gcs.civilservice.gov.uk/guidance/digital-communication/planning-creating-and-publishing-accessible-social-media-campaigns/",
    source = "A11-12 (MVDC); platform link handling (X, Mastodon character counter)",
    flags = {
      "Book now: [[bit.ly/3kPxRx]]",
      "Check the warning signs here: [[tinyurl.com/2p8wz6ka]]",
      "Book here [[https://www.example.org/booster?utm_source=facebook&utm_medium=social&utm_campaign=autumn&fbclid=IwAR3x]]",
      "Check your child's vaccinations here: [[htps://www.nhs .uk/conditions/measles]]"
    },
    passes = {
      "Book at nhs.uk/flu or call 119",
      "Find out more at https://www.nhs.uk/conditions/measles/",
      "Read it at https://example.org/news?page=2",
      "Email us at bitly@example.org"
    })
public final class LinksRule extends AnnotatedRule {

  private static final Set<String> SHORTENERS =
      Set.of(
          "bit.ly",
          "bitly.com",
          "tinyurl.com",
          "ow.ly",
          "goo.gl",
          "buff.ly",
          "is.gd",
          "rebrand.ly",
          "shorturl.at",
          "cutt.ly",
          "tiny.cc",
          "lnkd.in",
          "t.ly",
          "rb.gy",
          "shorturl.com",
          "v.gd",
          "s.id",
          "tiny.one",
          "qr.io");
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_hsenc", "_hsmi", "yclid",
          "dclid");
  private static final Set<String> CLICK_IDS =
      Set.of("fbclid", "gclid", "msclkid", "yclid", "dclid");
  private static final Pattern BROKEN =
      Pattern.compile(
          "(?i)(?:^|[\\s(])((?:(?:htps?|htp|hhtps?|ttps?)://|https?:/[^/\\s]|https?//)\\S+(?: \\.[a-z]{2,6}(?:/\\S*)?)?"
              + "|www\\.[a-z0-9\\-]+ \\.[a-z]{2,6}(?:/\\S*)?)");
  private static final int MAX_TRACKING = 2;

  public LinksRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    for (Token t : post.tokens()) {
      if (t.type() != TokenType.URL && (t.type() != TokenType.WORD || t.text().indexOf('/') < 0)) {
        continue;
      }
      String url = t.text();
      String host = host(url);
      if (SHORTENERS.contains(host)) {
        sink.report(
            t.start(),
            trimEnd(text, t.start(), t.end()),
            "Use the full address: people can see where a" + " full link goes before they tap it.",
            Explanation.of("link shortener", host));
        continue;
      }
      int q = url.indexOf('?');
      if (q >= 0) {
        int params = 0;
        boolean clickId = false;
        for (String kv : url.substring(q + 1).split("[&;]")) {
          int eq = kv.indexOf('=');
          String k = (eq < 0 ? kv : kv.substring(0, eq)).toLowerCase(Locale.ROOT);
          if (k.startsWith("utm_") || TRACKING.contains(k)) {
            params++;
            clickId |= CLICK_IDS.contains(k);
          }
        }
        if (params > MAX_TRACKING || clickId) {
          sink.report(
              t.start(),
              trimEnd(text, t.start(), t.end()),
              "Remove the tracking parameters (utm_...," + " fbclid) and share the clean address.",
              Explanation.of("tracking parameters", params + " found"));
        }
      }
    }
    if (text.indexOf(":/") < 0 && text.indexOf("//") < 0 && text.indexOf(" .") < 0) {
      return;
    }
    Matcher m = BROKEN.matcher(text);
    while (m.find()) {
      sink.report(
          m.start(1),
          trimEnd(text, m.start(1), m.end(1)),
          "Check the link: it looks broken.",
          Explanation.of("malformed link", "scheme or host looks mistyped"));
    }
  }

  /** Leaves trailing sentence punctuation out of the span. */
  private static int trimEnd(String text, int start, int end) {
    while (end > start && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** The host of a link, lower case, without scheme or {@code www.}. */
  private static String host(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    int scheme = u.indexOf("://");
    if (scheme >= 0) {
      u = u.substring(scheme + 3);
    }
    if (u.startsWith("www.")) {
      u = u.substring(4);
    }
    int end = 0;
    while (end < u.length() && "/?#:".indexOf(u.charAt(end)) < 0) {
      end++;
    }
    return u.substring(0, end);
  }
}
