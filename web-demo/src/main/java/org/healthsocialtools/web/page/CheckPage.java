package org.healthsocialtools.web.page;

import org.healthsocialtools.Platform;
import org.healthsocialtools.web.check.CheckService;
import org.healthsocialtools.web.check.Checked;

/**
 * The check page: the draft form (a plain form post, so it works without JavaScript), example drafts, and the
 * results region whose summary line is an ARIA live region.
 */
final class CheckPage {

  private CheckPage() {}

  /**
   * @param text the draft to show in the form
   * @param platform the chosen platform id, or {@code all}
   * @param checked the results, or {@code null} before the first check
   * @param error a message about the form, or {@code null}
   */
  static String render(String text, String platform, Checked checked, String error) {
    Html h = new Html();
    Layout.open(h, "Check a draft post", "/");
    h.raw("<h1>Check a draft post</h1><p class=\"lede\">Paste a draft before it goes out. It is checked for "
        + "patient-privacy risks, tone, clarity, accessibility and platform limits, and each problem comes with "
        + "what to do about it.</p><div class=\"layout\"><section class=\"compose\" aria-label=\"Your draft\">"
        + "<form id=\"draft-form\" method=\"post\" action=\"/\" novalidate>"
        + "<label for=\"text\" class=\"field-label\">Draft post</label>"
        + "<p id=\"text-hint\" class=\"hint\">Results update as you type, or press Check.</p>");
    if (error != null) {
      h.raw("<p id=\"text-error\" class=\"field-error\">").text(error).raw("</p>");
    }
    h.raw("<textarea id=\"text\" name=\"text\" rows=\"10\" spellcheck=\"true\"")
        .attr("aria-describedby", error != null ? "text-hint text-error" : "text-hint")
        .raw(error != null ? " aria-invalid=\"true\"" : "").raw(">\n").text(text == null ? "" : text)
        .raw("</textarea><div class=\"form-row\"><div><label for=\"platform\" class=\"field-label\">Platform"
            + "</label><select id=\"platform\" name=\"platform\">");
    option(h, CheckService.ALL, "All platforms", platform);
    for (Platform p : Platform.values()) {
      option(h, p.id(), Words.platform(p), platform);
    }
    h.raw("</select></div><button type=\"submit\" class=\"primary\">Check</button></div></form>"
        + "<section class=\"examples\" aria-labelledby=\"examples-h\"><h2 id=\"examples-h\">Example drafts to try"
        + "</h2><ul>");
    for (int i = 0; i < Examples.ALL.size(); i++) {
      h.raw("<li><a").attr("href", "/?example=" + (i + 1)).raw(">").text(Examples.ALL.get(i).title())
          .raw("</a></li>");
    }
    h.raw("</ul></section></section><section class=\"results\" aria-labelledby=\"results-h\">"
        + "<h2 id=\"results-h\">Results</h2><p id=\"status\" class=\"visually-hidden\" role=\"status\" "
        + "aria-live=\"polite\">").text(ResultView.summary(checked)).raw("</p><div id=\"results\">")
        .raw(ResultView.fragment(checked)).raw("</div></section></div>");
    Layout.close(h);
    return h.toString();
  }

  private static void option(Html h, String value, String label, String chosen) {
    h.raw("<option").attr("value", value).raw(value.equals(chosen) ? " selected" : "").raw(">").text(label)
        .raw("</option>");
  }
}
