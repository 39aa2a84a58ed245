package org.healthsocialtools.web.page;

import java.util.List;
import org.healthsocialtools.Category;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;

/** The rules page: a search form over the catalogue and every matching rule with its examples and source. */
final class RulesPage {

  private RulesPage() {}

  static String render(String query, List<RuleInfo> found, int total) {
    Html h = new Html();
    Layout.open(h, "Rules", "/rules");
    boolean searching = query != null && !query.isBlank();
    h.raw("<h1>Rules</h1><p class=\"lede\">Every rule the checker runs, with the guidance it comes from and "
        + "examples it flags and lets pass. The examples are the rules’ own tests.</p>"
        + "<form class=\"search\" method=\"get\" action=\"/rules\" role=\"search\">"
        + "<label for=\"q\" class=\"field-label\">Search the rules</label><div class=\"form-row\">"
        + "<input type=\"search\" id=\"q\" name=\"q\" aria-describedby=\"q-hint\"")
        .attr("value", query == null ? "" : query)
        .raw("><button type=\"submit\" class=\"primary\">Search</button></div><p id=\"q-hint\" class=\"hint\">"
            + "Words or the start of words, e.g. <kbd>nhs</kbd>, <kbd>stigma</kbd>, <kbd>length</kbd>.</p></form>");
    h.raw("<p id=\"rule-count\" role=\"status\">").text(searching
        ? Words.plural(found.size(), "rule matches", "rules match") + " “" + query.strip() + "” (of " + total + ")."
        : total + " rules.").raw("</p>");
    for (Category c : Category.values()) {
      List<RuleInfo> in = found.stream().filter(r -> r.category() == c).toList();
      if (in.isEmpty()) {
        continue;
      }
      String name = c.id().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + c.id().substring(1);
      h.raw("<section class=\"rule-group\"><h2>").text(name).raw("</h2><ul class=\"rules\">");
      for (RuleInfo r : in) {
        rule(h, r);
      }
      h.raw("</ul></section>");
    }
    Layout.close(h);
    return h.toString();
  }

  private static void rule(Html h, RuleInfo r) {
    String sev = r.severity().id();
    h.raw("<li class=\"rule\"").attr("id", r.id()).raw("><h3>").text(r.summary()).raw("</h3>")
        .raw("<p class=\"finding-head\"><span class=\"sev sev-").raw(sev).raw("\">").text(Words.severity(r.severity()))
        .raw("</span> ").el("span", "kind", Words.kind(r.kind())).raw(" <code class=\"rule-id\">").text(r.id())
        .raw("</code></p>").el("p", "message", r.message());
    if (r.suggestion() != null) {
      h.raw("<p><strong>Suggestion:</strong> ").text(r.suggestion()).raw("</p>");
    }
    h.raw("<p><strong>Source:</strong> <a").attr("href", r.guidance()).raw(" rel=\"noopener noreferrer\">")
        .text(r.guidance()).raw("</a>");
    if (!r.source().isEmpty()) {
      h.raw(" <span class=\"muted\">(").text(r.source()).raw(")</span>");
    }
    h.raw("</p><p class=\"muted\">Language: ").text(r.locale()).raw("</p><ul class=\"rule-examples\">");
    for (Example e : r.examples()) {
      h.raw("<li><span class=\"tag ").raw(e.flags() ? "tag-flags\">Flags" : "tag-passes\">Passes").raw("</span> ");
      example(h, e, sev);
      h.raw("</li>");
    }
    h.raw("</ul></li>");
  }

  /** An example with its {@code [[marked]]} spans highlighted. */
  private static void example(Html h, Example e, String sev) {
    String t = e.input();
    int at = 0;
    for (var s : e.expectedSpans()) {
      h.text(t, at, s.start()).raw("<mark class=\"sev-").raw(sev).raw("\">").text(t, s.start(), s.end())
          .raw("</mark>");
      at = s.end();
    }
    h.text(t, at, t.length());
  }
}
