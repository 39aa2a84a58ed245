package org.healthsocialtools.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.healthsocialtools.Category;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.web.check.Checked;
import org.healthsocialtools.web.check.Fix;

/**
 * Renders a check's results as an HTML fragment: the verdict banner, the length on every platform, the draft with
 * every finding highlighted in place, the safe version, and a card per finding. The same fragment is served inside
 * the page (no JavaScript) and on its own to the page's script, so both render the same way. Every piece of text
 * is escaped.
 */
final class ResultView {

  private ResultView() {}

  /** The one-line summary the page's live region announces. */
  static String summary(Checked c) {
    if (c == null) {
      return "Paste or type a draft to check it.";
    }
    int n = c.report().findings().size();
    return Words.verdict(c.report().verdict()) + ". " + (n == 0 ? "No findings." : Words.plural(n, "finding", "findings")
        + ": " + counts(c) + ".");
  }

  static String fragment(Checked c) {
    Html h = new Html();
    h.raw("<div id=\"results-body\"").attr("data-summary", summary(c)).raw(">");
    if (c == null) {
      h.raw("<p class=\"empty\">Results appear here: a verdict, the draft with each problem marked, and what to do "
          + "about it.</p></div>");
      return h.toString();
    }
    verdict(h, c);
    marked(h, c);
    safeVersion(h, c);
    findings(h, c);
    counters(h, c);
    return h.raw("</div>").toString();
  }

  private static String counts(Checked c) {
    int[] by = new int[Severity.values().length];
    c.report().findings().forEach(f -> by[f.severity().ordinal()]++);
    return Words.plural(by[0], "error", "errors") + ", " + Words.plural(by[1], "warning", "warnings") + ", "
        + by[2] + " advice";
  }

  private static void verdict(Html h, Checked c) {
    var v = c.report().verdict();
    String cls = v.id();
    h.raw("<div class=\"verdict verdict-").raw(cls).raw("\">")
        .raw("<p class=\"verdict-title\"><span class=\"verdict-icon\" aria-hidden=\"true\"></span>")
        .text(Words.verdict(v)).raw("</p><p class=\"verdict-detail\">")
        .text(Words.verdictDetail(v, !c.report().findings().isEmpty())).raw(" <span class=\"verdict-counts\">")
        .text(counts(c)).raw("</span></p></div>");
  }

  private static void counters(Html h, Checked c) {
    h.raw("<h3 id=\"counters-h\">Length on each platform</h3>"
        + "<table class=\"counters\" aria-labelledby=\"counters-h\"><caption class=\"hint\">Counted the way each "
        + "platform counts.</caption>"
        + "<thead><tr><th scope=\"col\">Platform</th><th scope=\"col\" class=\"num\">Length</th>"
        + "<th scope=\"col\" class=\"num\">Limit</th><th scope=\"col\">Counted as</th><th scope=\"col\">Status</th>"
        + "</tr></thead><tbody>");
    Platform chosen = c.post().platform();
    for (Map.Entry<Platform, Integer> e : c.counts().entrySet()) {
      Platform p = e.getKey();
      int n = e.getValue();
      boolean over = n > p.limit();
      h.raw("<tr").raw(p == chosen ? " class=\"chosen\"" : "").raw("><th scope=\"row\">").text(Words.platform(p));
      if (p == chosen) {
        h.raw(" <span class=\"tag\">chosen</span>");
      }
      h.raw("</th><td class=\"num\">").text(String.valueOf(n)).raw("</td><td class=\"num\">")
          .text(String.valueOf(p.limit())).raw("</td><td class=\"muted\">").text(Words.countedAs(p))
          .raw("</td><td>").raw(over ? "<span class=\"over\">Over by " + (n - p.limit()) + "</span>" : "Fits")
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

  /**
   * True for a finding about the whole post (length, readability): listed, not highlighted. A privacy finding is
   * always a detail, even when the detail is the whole draft.
   */
  private static boolean wholePost(Finding f, int length) {
    return f.start() == 0 && f.end() == length && f.category() != Category.PRIVACY;
  }

  private static void marked(Html h, Checked c) {
    String text = c.text();
    List<Finding> fs = c.report().findings();
    List<Integer> shown = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      if (!wholePost(f, text.length()) && f.end() <= text.length()) {
        shown.add(i);
        cuts.add(f.start());
        cuts.add(f.end());
      }
    }
    h.raw("<h3 id=\"marked-h\">Your draft, marked up</h3>");
    h.raw("<p class=\"legend\"><span class=\"key sev-error\">Error</span> blocks posting "
        + "<span class=\"key sev-warning\">Warning</span> needs a look "
        + "<span class=\"key sev-info\">Advice</span> for information. Numbers link to the findings.</p>");
    h.raw("<div class=\"marked\" aria-labelledby=\"marked-h\">");
    refs(h, c, shown, 0);
    Integer a = 0;
    for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      Severity worst = null;
      for (int i : shown) {
        Finding f = fs.get(i);
        if (f.start() <= a && f.end() >= b && f.start() < f.end()
            && (worst == null || f.severity().atLeast(worst))) {
          worst = f.severity();
        }
      }
      if (worst == null) {
        h.text(text, a, b);
      } else {
        h.raw("<mark class=\"sev-").raw(worst.id()).raw("\">").text(text, a, b).raw("</mark>");
      }
      refs(h, c, shown, b);
    }
    h.raw("</div>");
  }

  /** The numbered links to the cards of findings that end at {@code at}. */
  private static void refs(Html h, Checked c, List<Integer> shown, int at) {
    for (int i : shown) {
      Finding f = c.report().findings().get(i);
      if (f.end() == at) {
        h.raw("<a class=\"ref sev-").raw(f.severity().id()).raw("\"").attr("href", "#f" + (i + 1))
            .raw("><span class=\"visually-hidden\">Finding </span>").text(String.valueOf(i + 1)).raw(" ")
            .text(Words.severity(f.severity()).toLowerCase(java.util.Locale.ROOT)).raw("</a>");
      }
    }
  }

  private static void safeVersion(Html h, Checked c) {
    if (!c.hasPrivacyFindings()) {
      return;
    }
    h.raw("<div class=\"safe\"><h3><label for=\"safe-version\">Safe version</label></h3>"
        + "<p class=\"hint\" id=\"safe-hint\">Every privacy finding replaced by a placeholder such as [name]. "
        + "Read it again before you post: the checker can miss things.</p>"
        + "<textarea id=\"safe-version\" readonly rows=\"3\" aria-describedby=\"safe-hint\">\n")
        .text(c.safeVersion()).raw("</textarea><div class=\"actions\">"
            + "<button type=\"button\" class=\"secondary\" data-copy-safe hidden>Copy safe version</button>"
            + "<button type=\"submit\" class=\"secondary\" form=\"draft-form\" name=\"action\" value=\"safe\" "
            + "data-use-safe>Use safe version in the draft</button></div></div>");
  }

  private static void findings(Html h, Checked c) {
    List<Finding> fs = c.report().findings();
    h.raw("<h3>").text(fs.isEmpty() ? "No findings" : Words.plural(fs.size(), "finding", "findings")).raw("</h3>");
    if (fs.isEmpty()) {
      h.raw("<p>The checker found nothing to change. It can miss things: read the draft once more before you post."
          + "</p>");
      return;
    }
    h.raw("<ol class=\"findings\">");
    for (int i = 0; i < fs.size(); i++) {
      card(h, c, i);
    }
    h.raw("</ol>");
  }

  private static void card(Html h, Checked c, int i) {
    Finding f = c.report().findings().get(i);
    RuleInfo rule = c.rule(i);
    Fix fix = c.fix(i);
    String sev = f.severity().id();
    h.raw("<li class=\"finding sev-").raw(sev).raw("\"").attr("id", "f" + (i + 1)).raw(" tabindex=\"-1\">")
        .raw("<p class=\"finding-head\"><span class=\"num\">").text(String.valueOf(i + 1)).raw("</span> ")
        .raw("<span class=\"sev sev-").raw(sev).raw("\">").text(Words.severity(f.severity())).raw("</span> ")
        .el("span", "meaning", Words.severityMeaning(f.severity())).raw(" ")
        .el("span", "kind", Words.kind(f.kind())).raw("</p>")
        .el("p", "message", f.message());
    if (!wholePost(f, c.text().length()) && !f.text().isEmpty()) {
      h.raw("<p class=\"found\">Found: <q>").text(f.text()).raw("</q></p>");
    }
    if (f.suggestion() != null) {
      h.raw("<p><strong>Suggestion:</strong> ").text(f.suggestion()).raw("</p>");
    }
    h.raw("<p class=\"why\"><strong>Why:</strong> ");
    if (rule != null) {
      h.text(rule.summary()).raw(". ").raw("<a").attr("href", rule.guidance()).raw(" rel=\"noopener noreferrer\">")
          .raw("Read the guidance<span class=\"visually-hidden\"> for finding ").text(String.valueOf(i + 1))
          .raw("</span></a>");
      if (!rule.source().isEmpty()) {
        h.raw(" <span class=\"muted\">(").text(rule.source()).raw(")</span>");
      }
    }
    h.raw(" <code class=\"rule-id\">").text(f.ruleId()).raw("</code></p>");
    if (fix != null) {
      h.raw("<button type=\"submit\" class=\"apply\" form=\"draft-form\" name=\"apply\" data-apply").attr("value", i)
          .attr("data-start", f.start()).attr("data-end", f.end()).attr("data-text", f.text())
          .attr("data-replacement", fix.replacement()).raw(">").text(fix.label())
          .raw("<span class=\"visually-hidden\"> (finding ").text(String.valueOf(i + 1)).raw(")</span></button>");
    }
    h.raw("</li>");
  }
}
