package org.healthsocialtools.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.healthsocialtools.web.check.CheckService;
import org.healthsocialtools.web.check.CheckSlots;
import org.healthsocialtools.web.check.Checkers;
import org.healthsocialtools.web.rules.RuleSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The server-rendered pages: a working form without JavaScript, escaped text, no inline script or
 * style.
 */
@WebMvcTest(
    controllers = PageController.class,
    // Room for a draft and a comment over the checker's size limit together.
    properties = "hst.web.max-body=512KB")
@Import({Checkers.class, CheckSlots.class, CheckService.class, RuleSearch.class, Templates.class})
@ImportAutoConfiguration(ServletJteAutoConfiguration.class)
class PageControllerTest {

  private static final String RISKY =
      "Thanks to the ward team! Her NHS number is 943 476 5919, and she suffers " + "from asthma.";

  /** A start tag. */
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

  /** In a start tag: an inline script, an event handler attribute, or a style attribute. */
  private static final Pattern INLINE =
      Pattern.compile(
          "^<script(?![^>]*\\ssrc=)|\\son[a-z]+\\s*=|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

  @Autowired MockMvc mvc;

  /** True if the markup has an inline script, an event handler or a style attribute. */
  private static boolean inline(String html) {
    return TAG.matcher(html).results().anyMatch(t -> INLINE.matcher(t.group()).find());
  }

  private String html(MockHttpServletRequestBuilder req, int status) throws Exception {
    return mvc.perform(req)
        .andExpect(status().is(status))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static MockHttpServletRequestBuilder form(String path) {
    return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
  }

  @Test
  void theEmptyPageHasLabelledFormLiveRegionAndNoInlineScriptOrStyle() throws Exception {
    String page = html(get("/"), 200);
    assertThat(page)
        .contains(
            "<label for=\"text\"",
            "<label for=\"platform\"",
            "role=\"status\"",
            "aria-live=\"polite\"",
            "<form id=\"draft-form\" method=\"post\" action=\"/\"",
            "<script type=\"module\" src=\"/app.js\"></script>",
            "<html lang=\"en-GB\">");
    assertThat(inline(page)).as("inline script or style in: %s", page).isFalse();
    assertThat(List.of("<script>x()</script>", "<p onclick=\"x()\">", "<div style=\"color:red\">"))
        .as("the detector itself")
        .allMatch(PageControllerTest::inline);
  }

  @Test
  void aPlainFormPostRendersTheResultsWithoutJavaScript() throws Exception {
    String page = html(form("/").param("text", RISKY).param("platform", "x"), 200);
    assertThat(page)
        .contains(
            "Do not post",
            "<mark class=\"sev-error\">943 476 5919</mark>",
            "<mark class=\"sev-warning\">suffers from</mark>",
            "href=\"#f1\"",
            "id=\"f1\"",
            "Read the guidance",
            "Her NHS number is [ID number]",
            "<option value=\"x\" selected>",
            "Fits");
    assertThat(page).doesNotContain("Over by");
    assertThat(inline(page)).isFalse();
  }

  @Test
  void markupInTheDraftIsShownAsText() throws Exception {
    String xss = "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" 943 476 5919";
    String page = html(form("/").param("text", xss), 200);
    assertThat(page).doesNotContain("<script>alert", "<img src=x");
    assertThat(page)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
    assertThat(inline(page)).isFalse();
    String fragment = html(form("/fragment").param("text", xss), 200);
    assertThat(fragment).doesNotContain("<script>", "<img").contains("&lt;script&gt;");
  }

  @Test
  void applyingAFixWithoutJavaScriptEditsTheDraftAndChecksAgain() throws Exception {
    String page = html(form("/").param("text", RISKY).param("apply", "0"), 200);
    assertThat(page)
        .contains("Her NHS number is [ID number], and she suffers")
        .doesNotContain("943 476 5919")
        .contains("Needs a look");
  }

  @Test
  void theSafeVersionWithoutJavaScriptRedactsEveryPrivacyFinding() throws Exception {
    String page = html(form("/").param("text", RISKY).param("action", "safe"), 200);
    assertThat(page)
        .contains("Her NHS number is [ID number], and she suffers")
        .doesNotContain("943 476 5919");
  }

  @Test
  void windowsLineBreaksFromAFormPostAreCheckedAsTheTextareaHoldsThem() throws Exception {
    String page =
        html(
            form("/").param("text", "Hello\r\nHer NHS number is 943 476 5919").param("apply", "0"),
            200);
    assertThat(page).contains(">\nHello\nHer NHS number is [ID number]</textarea>");
  }

  @Test
  void anEmptyFormPostAsksForADraft() throws Exception {
    String page = html(form("/").param("text", "  "), 400);
    assertThat(page).contains("Paste or type a draft to check.", "aria-invalid=\"true\"");
  }

  @Test
  void theFragmentIsTheResultsAlone() throws Exception {
    String fragment =
        html(form("/fragment").param("text", RISKY).param("platform", "bluesky"), 200);
    assertThat(fragment)
        .startsWith(
            "<div id=\"results-body\" data-summary=\"Do not post. 3 findings: 1 error, 2 "
                + "warnings, 0 advice.\">")
        .doesNotContain("<html", "<form");
    assertThat(fragment)
        .contains(
            "name=\"apply\" data-apply value=\"0\" data-start=\"43\" data-end=\"55\" data-text=\"943 476 5919\" "
                + "data-replacement=\"[ID number]\"");
    assertThat(html(form("/fragment").param("text", ""), 200)).contains("Results appear here");
    assertThat(html(form("/fragment").param("text", "hi").param("platform", "myspace"), 400))
        .contains("unknown platform");
  }

  /** A reply that confirms care only in the light of the comment it answers. */
  private static final String REPLY =
      "We're sorry about the migraine and hope the new tablets help.";

  /** The comment: its own words (Dorothy, awful) must never appear outside its box. */
  private static final String COMMENT = "My migraine has been awful since the new tablets. Dorothy";

  /** The comment box as the page renders it, holding the comment. */
  private static final String COMMENT_BOX = ">\n" + COMMENT + "</textarea>";

  /** The page with the comment's box and its content taken out. */
  private static String outsideTheCommentBox(String page) {
    int box = page.indexOf("<textarea id=\"in-reply-to\"");
    int end = page.indexOf("</textarea>", box);
    assertThat(box).as("the comment box").isPositive();
    return page.substring(0, box) + page.substring(end);
  }

  @Test
  void theReplyingToBoxIsLabelledAndHinted() throws Exception {
    String page = html(get("/"), 200);
    assertThat(page)
        .contains(
            "<label for=\"in-reply-to\" class=\"field-label\">Replying to",
            "<textarea id=\"in-reply-to\" name=\"inReplyTo\"",
            "aria-describedby=\"in-reply-to-hint\"",
            "id=\"in-reply-to-hint\"",
            "not published, stored or shown in the results");
    assertThat(inline(page)).isFalse();
  }

  @Test
  void aReplyThatConfirmsCareWithItsCommentIsBlockedAndOffersTheSafeReply() throws Exception {
    String page = html(form("/").param("text", REPLY).param("inReplyTo", COMMENT), 200);
    assertThat(page)
        .contains(
            "Do not post",
            "privacy.reply-confirms-patient",
            "Checked as a reply to the comment",
            "<label for=\"safe-reply\">Safe reply</label>",
            ">\nThank you for your feedback. We'd like to hear more",
            "name=\"action\" value=\"reply\" data-use-safe=\"safe-reply\"",
            "Use this reply in the draft",
            "Use the safe reply<span class=\"visually-hidden\"> (finding 1)</span>",
            "data-whole",
            COMMENT_BOX)
        .doesNotContain("id=\"safe-version\"");
    assertThat(outsideTheCommentBox(page)).doesNotContain("Dorothy", "awful");
    assertThat(inline(page)).isFalse();

    String fragment = html(form("/fragment").param("text", REPLY).param("inReplyTo", COMMENT), 200);
    assertThat(fragment)
        .contains("Do not post", "id=\"safe-reply\"", "data-whole")
        .doesNotContain("Dorothy", "awful");
  }

  @Test
  void theSameReplyWithoutItsCommentIsCheckedAsBefore() throws Exception {
    for (String comment : new String[] {null, "", "  \n "}) {
      var req = form("/").param("text", REPLY);
      if (comment != null) {
        req.param("inReplyTo", comment);
      }
      String page = html(req, 200);
      assertThat(page)
          .contains("Ready to post", "No findings")
          .doesNotContain("Checked as a reply", "id=\"safe-reply\"", "privacy.reply-confirms");
    }
  }

  @Test
  void usingTheSafeReplyWithoutJavaScriptReplacesTheDraftAndKeepsTheComment() throws Exception {
    String used =
        html(
            form("/").param("text", REPLY).param("inReplyTo", COMMENT).param("action", "reply"),
            200);
    String applied =
        html(form("/").param("text", REPLY).param("inReplyTo", COMMENT).param("apply", "0"), 200);
    for (String page : List.of(used, applied)) {
      assertThat(page)
          .contains(
              ">\nThank you for your feedback. We'd like to hear more",
              "Ready to post",
              COMMENT_BOX)
          .doesNotContain("sorry about the migraine", "id=\"safe-reply\"");
      assertThat(outsideTheCommentBox(page)).doesNotContain("Dorothy", "awful");
    }
    // Without a reply finding, "use this reply" changes nothing.
    assertThat(html(form("/").param("text", REPLY).param("action", "reply"), 200))
        .contains(">\n" + REPLY + "</textarea>", "Ready to post");
  }

  @Test
  void aDraftAndCommentTooLongTogetherAreRefusedAtTheCommentBox() throws Exception {
    String page =
        html(
            form("/")
                .param("text", "Thank you. ".repeat(6_000))
                .param("inReplyTo", "Dorothy says awful. ".repeat(2_500)),
            400);
    assertThat(page)
        .contains(
            "id=\"in-reply-to-error\"",
            "too long to check together",
            "aria-describedby=\"in-reply-to-hint in-reply-to-error\" aria-invalid=\"true\"")
        .doesNotContain("id=\"text-error\"");
    assertThat(outsideTheCommentBox(page)).doesNotContain("Dorothy", "awful");
  }

  @Test
  void examplesPrefillTheForm() throws Exception {
    String page = html(get("/").param("example", "1"), 200);
    assertThat(page).contains("Margaret Ellis", "Do not post");
    assertThat(html(get("/").param("example", "99"), 200)).contains("Results appear here");
    String reply = html(get("/").param("example", "5"), 200);
    assertThat(reply)
        .contains("Do not post", "Checked as a reply", "id=\"safe-reply\"")
        .contains(">\nFour hours in A&amp;E on Tuesday with my knee");
    assertThat(outsideTheCommentBox(reply)).doesNotContain("Not impressed");
  }

  @Test
  void theRulesPageListsAndSearchesTheCatalogue() throws Exception {
    String all = html(get("/rules"), 200);
    assertThat(all)
        .contains(
            "privacy.nhs-number", "tone.suffers-from", "Flags", "Passes", "<mark class=\"sev-");
    String nhs = html(get("/rules").param("q", "nhs number"), 200);
    assertThat(nhs)
        .contains("privacy.nhs-number", "value=\"nhs number\"")
        .doesNotContain("tone.suffers-from");
    String none = html(get("/rules").param("q", "<b>zzzqqq</b>"), 200);
    assertThat(none)
        .contains("0 rules match", "&lt;b&gt;zzzqqq&lt;/b&gt;")
        .doesNotContain("<b>zzzqqq");
    assertThat(inline(all)).isFalse();
  }
}
