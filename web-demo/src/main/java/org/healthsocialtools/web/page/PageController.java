package org.healthsocialtools.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The server-rendered pages: request fields in, a template and its values out (templates in {@code
 * src/main/jte}). The check page works with a plain form post; its script posts the same form to
 * {@code /fragment} and swaps in the results, which are the same template. Applying a fix or the
 * safe version or the safe reply without JavaScript is a form post too ({@code apply=N}, {@code
 * action=safe}, {@code action=reply}).
 *
 * <p>The optional {@code inReplyTo} field is the comment or review the draft answers. It is checked
 * with the draft as context only: it is shown back in its own box (so that it can be edited) and
 * nowhere else, never in the results, never in a message or a log line.
 */
@Controller
class PageController {

  private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

  private final CheckService service;
  private final RuleSearch rules;

  PageController(CheckService service, RuleSearch rules) {
    this.service = service;
    this.rules = rules;
  }

  @GetMapping(path = "/", produces = HTML)
  ModelAndView page(@RequestParam(name = "example", required = false) Integer example) {
    Examples.Draft d = Examples.get(example);
    if (d == null) {
      return checkPage(new CheckForm("", "", CheckService.ALL), null, HttpStatus.OK);
    }
    return checkPage(
        new CheckForm(d.text(), d.inReplyTo(), d.platform()),
        check(d.text(), d.inReplyTo(), d.platform()),
        HttpStatus.OK);
  }

  @PostMapping(path = "/", produces = HTML, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ModelAndView post(
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "inReplyTo", required = false) String inReplyTo,
      @RequestParam(name = "platform", required = false) String platform,
      @RequestParam(name = "apply", required = false) Integer apply,
      @RequestParam(name = "action", required = false) String action,
      HttpServletResponse response) {
    String draft = lf(text);
    String comment = lf(inReplyTo);
    String chosen = platform == null ? CheckService.ALL : platform;
    try {
      Checked c = check(draft, comment, chosen);
      if (apply != null && apply >= 0 && apply < c.report().findings().size()) {
        draft = c.fixedBySafeReply(apply) ? c.safeReply() : c.applied(apply);
        c = check(draft, comment, chosen);
      } else if ("reply".equals(action) && c.safeReply() != null) {
        draft = c.safeReply();
        c = check(draft, comment, chosen);
      } else if ("safe".equals(action)) {
        draft = c.safeVersion();
        c = check(draft, comment, chosen);
      }
      return checkPage(new CheckForm(draft, comment, chosen), c, HttpStatus.OK);
    } catch (InvalidInput e) {
      return checkPage(
          new CheckForm(draft, comment, CheckService.ALL, friendly(e), onReply(e)),
          null,
          status(e, response));
    } catch (CheckSlots.Busy | CheckFailed e) {
      // The draft and the comment are shown back in the form so that nothing is lost.
      return checkPage(
          new CheckForm(draft, comment, chosen, friendly(e), false), null, status(e, response));
    }
  }

  /** The results fragment for the page's script: an empty-state fragment for empty text. */
  @PostMapping(
      path = "/fragment",
      produces = HTML,
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ModelAndView fragment(
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "inReplyTo", required = false) String inReplyTo,
      @RequestParam(name = "platform", required = false) String platform,
      HttpServletResponse response) {
    String draft = lf(text);
    try {
      Checked c = draft.isBlank() ? null : check(draft, lf(inReplyTo), platform);
      return new ModelAndView("results", Map.of("results", new Results(c)));
    } catch (InvalidInput | CheckSlots.Busy | CheckFailed e) {
      return new ModelAndView("fragmentError", Map.of("message", friendly(e)), status(e, response));
    }
  }

  @GetMapping(path = "/rules", produces = HTML)
  ModelAndView rules(@RequestParam(name = "q", required = false) String q) {
    return new ModelAndView(
        "rules", Map.of("view", new RulesView(q, rules.search(q), rules.all().size())));
  }

  private static ModelAndView checkPage(CheckForm form, Checked checked, HttpStatus status) {
    return new ModelAndView("check", Map.of("form", form, "results", new Results(checked)), status);
  }

  /**
   * Checks the draft, as a reply to {@code comment} unless it is blank.
   *
   * @throws InvalidInput for an empty draft, an unknown platform, or a draft and comment too long
   *     together
   */
  private Checked check(String text, String comment, String platform) {
    ComplianceChecker checker = service.checker(null);
    Post post = service.reply("", service.post("", text, platform, null), comment, checker);
    return service.check(post, checker);
  }

  /** True when the error is about the comment box: the draft and the comment are too long. */
  private static boolean onReply(RuntimeException e) {
    return e instanceof InvalidInput && e.getMessage().startsWith("inReplyTo");
  }

  private static String friendly(RuntimeException e) {
    if (e instanceof CheckSlots.Busy) {
      return "The checker is busy. Try again in a second; your draft is still here.";
    }
    if (e instanceof CheckFailed) {
      return "Something went wrong checking this draft. Nothing of it was stored or logged. Try again.";
    }
    if (onReply(e)) {
      return "The draft and the comment it replies to are too long to check together. Keep only the "
          + "part of the comment that the draft answers.";
    }
    return e.getMessage().startsWith("text ") ? "Paste or type a draft to check." : e.getMessage();
  }

  /** 400 for invalid input, 503 with Retry-After when busy, 500 when the checker failed. */
  private static HttpStatus status(RuntimeException e, HttpServletResponse response) {
    if (e instanceof CheckSlots.Busy) {
      response.setHeader(
          HttpHeaders.RETRY_AFTER, Integer.toString(CheckSlots.Busy.RETRY_AFTER_SECONDS));
      return HttpStatus.SERVICE_UNAVAILABLE;
    }
    return e instanceof CheckFailed ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
  }

  /**
   * Browsers submit a textarea's line breaks as CRLF but give scripts LF; the page checks LF text
   * so that finding offsets match the textarea's value.
   */
  private static String lf(String text) {
    return text == null ? "" : text.replace("\r\n", "\n");
  }
}
