package org.healthsocialtools.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in real headless Chromium: as comms staff use it, by keyboard, without JavaScript, and
 * under axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(NeedsChromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  private static final String RISKY =
      "Thanks to the ward team! Her NHS number is 943 476 5919, and she suffers from asthma.";

  /** The draft after the NHS number's one-click redaction. */
  private static final String APPLIED =
      "Thanks to the ward team! Her NHS number is [ID number], and she suffers from asthma.";

  /** The safe version: every privacy finding redacted. */
  private static final String SAFE =
      "Thanks to the ward team! Her NHS number is [ID number], and she suffers from [health detail].";

  /** A reply that confirms care in the light of the comment it answers. */
  private static final String REPLY =
      "We're sorry about the migraine and hope the new tablets help.";

  /** The comment it answers: its own words (Dorothy, awful) never appear in the results. */
  private static final String COMMENT = "My migraine has been awful since the new tablets. Dorothy";

  @LocalServerPort int port;
  private Browser browser;

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Starts the browser for the first test that runs (none runs where Chromium is missing). */
  @BeforeEach
  void freshPage() {
    if (browser == null) {
      browser = Browser.start(port, true);
    }
    browser.open("/");
  }

  private void type(String text) {
    WebElement draft = browser.find("#text");
    draft.clear();
    draft.sendKeys(text);
  }

  @Test
  void aRiskyDraftIsHighlightedInPlaceWithAVerdictAndCounters() throws Exception {
    new Select(browser.find("#platform")).selectByValue("x");
    type(RISKY);
    browser.waitForCheckOf(RISKY, "Do not post");
    assertThat(browser.find(".marked mark.sev-error").getText()).isEqualTo("943 476 5919");
    assertThat(browser.find(".marked mark.sev-warning").getText()).isEqualTo("suffers from");
    assertThat(browser.all(".marked a.ref").stream().map(e -> e.getDomProperty("textContent")))
        .containsExactly("Finding 1 error", "Finding 2 warning", "Finding 3 warning");
    assertThat(browser.all(".findings .finding .sev").stream().map(WebElement::getText))
        .containsExactly("ERROR", "WARNING", "WARNING");
    assertThat(browser.find(".counters tr.chosen th").getText()).startsWith("X");
    assertThat(browser.find(".counters tr.chosen td.num").getText())
        .isEqualTo(String.valueOf(RISKY.length()));
    assertThat(browser.textContent("#status"))
        .isEqualTo("Do not post. 3 findings: 1 error, 2 warnings, 0 advice.");
    assertThat(browser.find("#results").getAttribute("aria-busy")).isNull();

    browser.find(".marked a.ref").click();
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("f1");

    browser.open("/?example=1");
    browser.waitForVerdict("Do not post");
    assertThat(Files.size(browser.screenshot("check-page"))).isGreaterThan(10_000);
  }

  @Test
  void applyingASuggestionEditsTheDraftAndChecksAgain() {
    type(RISKY);
    browser.waitForCheckOf(RISKY, "Do not post");
    WebElement apply = browser.find("button.apply[data-text='943 476 5919']");
    assertThat(apply.getDomProperty("textContent")).isEqualTo("Redact as [ID number] (finding 1)");
    apply.click();
    browser.waitForVerdict("Needs a look");
    assertThat(browser.find("#text").getDomProperty("value")).isEqualTo(APPLIED);
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("text");
    assertThat(browser.textContent("#status")).startsWith("Applied. Needs a look.");
  }

  @Test
  void copyingTheSafeVersionPutsEveryRedactionOnTheClipboard() {
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            browser.base(),
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    type(RISKY);
    browser.waitForCheckOf(RISKY, "Do not post");
    assertThat(browser.find("#safe-version").getDomProperty("value")).isEqualTo(SAFE);
    browser.find("button[data-copy-safe]").click();
    browser.waitFor(
        d -> browser.textContent("#status").equals("Safe version copied to the clipboard."));
    Object clipboard =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));");
    assertThat(clipboard).isEqualTo(SAFE);
    assertThat(browser.find("#text").getDomProperty("value"))
        .as("copying leaves the draft alone")
        .isEqualTo(RISKY);
  }

  @Test
  void everythingWorksFromTheKeyboardWithAVisibleFocus() {
    Actions keys = new Actions(browser.driver);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.js("return document.activeElement.textContent"))
        .isEqualTo("Skip to main content");
    assertFocusVisible();
    keys.sendKeys(Keys.ENTER).perform();
    tabUntil("text");
    keys.sendKeys(RISKY).perform();
    tabUntil("platform");
    assertFocusVisible();
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(browser.find("#platform").getDomProperty("value")).isEqualTo("x");
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.js("return document.activeElement.textContent")).isEqualTo("Check");
    assertFocusVisible();
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitForCheckOf(RISKY, "Do not post");
    for (int i = 0;
        i < 60 && !"apply".equals(browser.js("return document.activeElement.className"));
        i++) {
      keys.sendKeys(Keys.TAB).perform();
      assertFocusVisible();
    }
    assertThat(browser.js("return document.activeElement.className")).isEqualTo("apply");
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitForVerdict("Needs a look");
    assertThat(browser.find("#text").getDomProperty("value")).isEqualTo(APPLIED);
  }

  private void tabUntil(String id) {
    Actions keys = new Actions(browser.driver);
    for (int i = 0; i < 20 && !id.equals(browser.js("return document.activeElement.id")); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(browser.js("return document.activeElement.id")).isEqualTo(id);
  }

  /** The focused element shows an outline or a focus ring. */
  private void assertFocusVisible() {
    String style =
        (String)
            browser.js(
                "const s = getComputedStyle(document.activeElement);"
                    + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;");
    assertThat(style)
        .as("focus style of %s", browser.js("return document.activeElement.outerHTML"))
        .isNotEqualTo("none 0px none")
        .doesNotStartWith("none");
  }

  @Test
  void aReplyCheckedWithItsCommentOffersTheSafeReplyInOneClick() {
    browser.find("#in-reply-to").sendKeys(COMMENT);
    type(REPLY);
    browser.waitForCheckOf(REPLY, "Do not post");
    String safeReply = browser.find("#safe-reply").getDomProperty("value");
    assertThat(safeReply).startsWith("Thank you for your feedback.");
    assertThat(browser.all("#safe-version")).as("no redacted version of a reply").isEmpty();
    assertThat(browser.textContent("#results")).doesNotContain("Dorothy", "awful");
    assertThat(browser.axeViolations("serious", "critical"))
        .as("check page with a safe reply")
        .isEmpty();
    browser.screenshot("check-page-reply");
    browser.find("button[data-use-safe='safe-reply']").click();
    browser.waitForCheckOf(safeReply, "Ready to post");
    assertThat(browser.find("#text").getDomProperty("value")).isEqualTo(safeReply);
    assertThat(browser.find("#in-reply-to").getDomProperty("value")).isEqualTo(COMMENT);
    assertThat(browser.textContent("#status"))
        .startsWith("Draft replaced by the safe reply. Ready to post.");

    // Without the comment, the same reply is checked as before.
    browser.find("#in-reply-to").clear();
    type(REPLY);
    browser.waitForCheckOf(REPLY, "Ready to post");
    assertThat(browser.all("#safe-reply")).isEmpty();
  }

  @Test
  void markupInADraftIsShownAsTextAndNeverRuns() {
    String xss =
        "<script>window.hstXss = 1</script><img src=x onerror=\"window.hstXss = 2\"> "
            + "<b>bold</b> NHS 943 476 5919";
    type(xss);
    browser.waitForCheckOf(xss, "Do not post");
    assertThat(browser.js("return window.hstXss")).isNull();
    assertThat(browser.find(".marked").getText())
        .contains("<script>window.hstXss = 1</script>", "<b>bold</b>");
    assertThat(browser.all("#results img, #results script, #results b")).isEmpty();
    assertThat(browser.find("#safe-version").getDomProperty("value"))
        .startsWith("<script>window.hstXss = 1");
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolations() {
    assertThat(browser.axeViolations("serious", "critical")).as("empty check page").isEmpty();
    type(RISKY);
    browser.waitForCheckOf(RISKY, "Do not post");
    assertThat(browser.axeViolations("serious", "critical"))
        .as("check page with results")
        .isEmpty();
    browser.open("/rules?q=nhs");
    assertThat(browser.axeViolations("serious", "critical")).as("rules page").isEmpty();
  }

  /**
   * WCAG 2.2 reflow (1.4.10) at a phone's 390 CSS pixels: the page never scrolls sideways, not the
   * results with the platform table and a long unbroken word, nor the rules page with its long
   * guidance links.
   */
  @Test
  void atPhoneWidthNoPageScrollsSideways() throws Exception {
    String longPost =
        "Our clinic is open on Saturday. "
            + "See https://www.example.org/"
            + "a".repeat(120)
            + " and #ThisIsAVeryLongHashtagThatGoesOnAndOnWithoutAnyBreakAtAll "
            + "Come along! ".repeat(30);
    try {
      browser.phoneWidth(390);
      browser.open("/");
      assertThat(browser.horizontalOverflow()).as("empty check page").isEqualTo("0");
      new Select(browser.find("#platform")).selectByValue("x");
      type(longPost);
      browser.waitFor(d -> browser.all(".counters .over").isEmpty() ? null : true);
      assertThat(browser.horizontalOverflow()).as("check page with results").isEqualTo("0");
      assertThat(
              ((Number)
                      browser.js(
                          "const t = document.querySelector('.counters').getBoundingClientRect(),"
                              + " box = document.querySelector('.results'), b = box.getBoundingClientRect();"
                              + "return Math.round(t.right - (b.right - parseFloat(getComputedStyle(box).paddingRight)));"))
                  .longValue())
          .as("the platform table sticks out of its box by (px)")
          .isLessThanOrEqualTo(0L);
      assertThat(browser.axeViolations("serious", "critical"))
          .as("check page at phone width")
          .isEmpty();
      assertThat(Files.size(browser.phoneScreenshot("check-page-390", 390))).isGreaterThan(10_000);
      browser.open("/rules");
      assertThat(browser.horizontalOverflow()).as("rules page").isEqualTo("0");
      assertThat(browser.axeViolations("serious", "critical"))
          .as("rules page at phone width")
          .isEmpty();
      browser.phoneScreenshot("rules-page-390", 390);
    } finally {
      browser.desktopWidth();
    }
  }

  @Test
  void theRulesPageSearches() {
    browser.open("/rules");
    WebElement q = browser.find("#q");
    q.sendKeys("nhs number", Keys.ENTER);
    browser.waitFor(d -> browser.find("#rule-count").getText().contains("match"));
    assertThat(browser.all(".rule code.rule-id").stream().map(WebElement::getText))
        .contains("privacy.nhs-number")
        .doesNotContain("tone.suffers-from");
    browser.screenshot("rules-page");
  }

  @Test
  void withoutJavaScriptThePlainFormWorks() throws Exception {
    try (Browser plain = Browser.start(port, false)) {
      plain.open("/");
      plain.find("#text").sendKeys(RISKY + " <img src=x onerror=\"document.title='owned'\">");
      plain.find("button.primary").click();
      plain.waitForVerdict("Do not post");
      assertThat(plain.find("button[data-copy-safe]").isDisplayed())
          .as("needs the script")
          .isFalse();
      plain.find("button.apply[data-text='943 476 5919']").click();
      plain.waitForVerdict("Needs a look");
      assertThat(plain.find("#text").getDomProperty("value")).startsWith(APPLIED);
      assertThat(plain.driver.getTitle()).isEqualTo("Check a draft post – Health Social Tools");
      assertThat(Files.size(plain.screenshot("check-page-without-javascript")))
          .isGreaterThan(10_000);

      plain.find("#text").clear();
      plain.find("#text").sendKeys(REPLY);
      plain.find("#in-reply-to").sendKeys(COMMENT);
      plain.find("button.primary").click();
      plain.waitForVerdict("Do not post");
      String safeReply = plain.find("#safe-reply").getDomProperty("value");
      plain.find("button.apply[data-whole]").click();
      plain.waitForVerdict("Ready to post");
      assertThat(plain.find("#text").getDomProperty("value")).isEqualTo(safeReply);
      assertThat(plain.find("#in-reply-to").getDomProperty("value")).isEqualTo(COMMENT);
      plain.screenshot("check-page-reply-without-javascript");
    }
  }
}
