package org.healthsocialtools.web.page;

import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;
import org.healthsocialtools.web.check.CheckFailed;
import org.healthsocialtools.web.check.CheckService;
import org.healthsocialtools.web.check.CheckSlots;
import org.healthsocialtools.web.check.Checked;
import org.healthsocialtools.web.check.InvalidInput;
import org.healthsocialtools.web.rules.RuleSearch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server-rendered pages. The check page works with a plain form post; its script posts the same form to
 * {@code /fragment} and swaps in the results, so there is one renderer for both. Applying a fix or the safe version
 * without JavaScript is a form post too ({@code apply=N}, {@code action=safe}).
 */
@RestController
public class PageController {

  private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

  private final CheckService service;
  private final RuleSearch rules;

  public PageController(CheckService service, RuleSearch rules) {
    this.service = service;
    this.rules = rules;
  }

  @GetMapping(path = "/", produces = HTML)
  public String page(@RequestParam(name = "example", required = false) Integer example) {
    Examples.Draft d = Examples.get(example);
    if (d == null) {
      return CheckPage.render("", "all", null, null);
    }
    return CheckPage.render(d.text(), d.platform(), check(d.text(), d.platform()), null);
  }

  @PostMapping(path = "/", produces = HTML, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> post(@RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "platform", required = false) String platform,
      @RequestParam(name = "apply", required = false) Integer apply,
      @RequestParam(name = "action", required = false) String action) {
    String draft = lf(text);
    String chosen = platform == null ? CheckService.ALL : platform;
    try {
      Checked c = check(draft, chosen);
      if (apply != null && apply >= 0 && apply < c.report().findings().size()) {
        draft = c.applied(apply);
        c = check(draft, chosen);
      } else if ("safe".equals(action)) {
        draft = c.safeVersion();
        c = check(draft, chosen);
      }
      return ResponseEntity.ok(CheckPage.render(draft, chosen, c, null));
    } catch (InvalidInput e) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST)
          .body(CheckPage.render(draft, CheckService.ALL, null, friendly(e)));
    } catch (CheckSlots.Busy | CheckFailed e) {
      // The draft is shown back in the form so that nothing is lost.
      return status(e).body(CheckPage.render(draft, chosen, null, friendly(e)));
    }
  }

  /** The results fragment for the page's script: an empty-state fragment for empty text. */
  @PostMapping(path = "/fragment", produces = HTML, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> fragment(@RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "platform", required = false) String platform) {
    String draft = lf(text);
    if (draft.isBlank()) {
      return ResponseEntity.ok(ResultView.fragment(null));
    }
    try {
      return ResponseEntity.ok(ResultView.fragment(check(draft, platform)));
    } catch (InvalidInput | CheckSlots.Busy | CheckFailed e) {
      return status(e).body("<div id=\"results-body\" data-summary=\"" + Html.escape(friendly(e))
          + "\"><p class=\"field-error\">" + Html.escape(friendly(e)) + "</p></div>");
    }
  }

  @GetMapping(path = "/rules", produces = HTML)
  public String rules(@RequestParam(name = "q", required = false) String q) {
    return RulesPage.render(q, rules.search(q), rules.all().size());
  }

  private Checked check(String text, String platform) {
    Post post = service.post("", text, platform, null);
    ComplianceChecker checker = service.checker(null);
    return service.check(post, checker);
  }

  private static String friendly(RuntimeException e) {
    if (e instanceof CheckSlots.Busy) {
      return "The checker is busy. Try again in a second; your draft is still here.";
    }
    if (e instanceof CheckFailed) {
      return "Something went wrong checking this draft. Nothing of it was stored or logged. Try again.";
    }
    return e.getMessage().startsWith("text ") ? "Paste or type a draft to check." : e.getMessage();
  }

  /** 400 for invalid input, 503 with Retry-After when busy, 500 when the checker failed. */
  private static ResponseEntity.BodyBuilder status(RuntimeException e) {
    if (e instanceof CheckSlots.Busy) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Integer.toString(CheckSlots.Busy.RETRY_AFTER_SECONDS));
    }
    return ResponseEntity.status(e instanceof CheckFailed ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST);
  }

  /**
   * Browsers submit a textarea's line breaks as CRLF but give scripts LF; the page checks LF text so that finding
   * offsets match the textarea's value.
   */
  private static String lf(String text) {
    return text == null ? "" : text.replace("\r\n", "\n");
  }
}
