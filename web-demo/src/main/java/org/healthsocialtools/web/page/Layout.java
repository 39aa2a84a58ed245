package org.healthsocialtools.web.page;

/**
 * The page shell every page shares: head, skip link, header with navigation, footer. No inline script or style:
 * the stylesheet and the one script module are files served from this origin.
 */
final class Layout {

  private Layout() {}

  static void open(Html h, String title, String current) {
    h.raw("<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\"><title>").text(title)
        .raw(" – Health Social Tools</title><link rel=\"stylesheet\" href=\"/app.css\">"
            + "<script type=\"module\" src=\"/app.js\"></script></head><body>"
            + "<a class=\"skip\" href=\"#main\">Skip to main content</a>"
            + "<header class=\"site\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">Health Social Tools</a>"
            + "<nav aria-label=\"Main\"><ul>");
    link(h, "/", "Check a post", current);
    link(h, "/rules", "Rules", current);
    link(h, "/swagger-ui.html", "API", current);
    h.raw("</ul></nav></div></header><main id=\"main\" class=\"wrap\" tabindex=\"-1\">");
  }

  private static void link(Html h, String href, String label, String current) {
    h.raw("<li><a").attr("href", href).raw(href.equals(current) ? " aria-current=\"page\"" : "").raw(">")
        .text(label).raw("</a></li>");
  }

  static void close(Html h) {
    h.raw("</main><footer class=\"site\"><div class=\"wrap\"><p>Drafts are checked on this server and never "
        + "stored, logged or cached. The checker helps people review posts; it does not replace their judgement."
        + "</p></div></footer></body></html>");
  }
}
