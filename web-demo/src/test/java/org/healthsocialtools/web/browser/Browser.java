package org.healthsocialtools.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver ({@code /usr/bin/chromedriver}),
 * so nothing is downloaded. Without the browser, the tests are skipped with the reason ({@link
 * NeedsChromium}), or fail when {@code CI=true}.
 */
final class Browser implements AutoCloseable {

  /**
   * Debian's paths; the properties let a build try the skipping path ({@code
   * -Dhst.test.chromium=/none}).
   */
  static final Path CHROMIUM =
      Path.of(System.getProperty("hst.test.chromium", "/usr/bin/chromium"));

  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("hst.test.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /**
   * Why the browser tests cannot run here ("... is missing: run .ci/install-browser.sh"), or {@code
   * null}.
   */
  static String missing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return null;
    }
    return CHROMIUM + " or " + CHROMEDRIVER + " is missing: run .ci/install-browser.sh";
  }

  static Browser start(int port, boolean javascript) {
    String missing = missing();
    if (missing != null) {
      fail(missing);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("hst-chromium-");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM.toFile());
      o.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + profile,
          "--window-size=1280,1000",
          "--lang=en-GB");
      if (!javascript) {
        o.setExperimentalOption(
            "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, o);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile, "http://localhost:" + port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return base;
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Waits until the verdict banner says {@code verdict}, and returns it. */
  String waitForVerdict(String verdict) {
    try {
      return waitFor(
          d -> {
            List<WebElement> v = d.findElements(By.cssSelector(".verdict-title"));
            return !v.isEmpty() && v.get(0).getText().equals(verdict) ? verdict : null;
          });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no verdict '"
              + verdict
              + "'; the results say: "
              + js(
                  "const r = document.querySelector('#results'); return r ? r.innerText.slice(0, 300) : 'none'")
              + "; status: "
              + textContent("#status")
              + "; draft: "
              + js("return document.getElementById('text').value"),
          e);
    }
  }

  /**
   * Waits until the results are those of the whole of {@code text} (results update while typing, so
   * an earlier result for part of the draft may show the same verdict) and the verdict is {@code
   * verdict}.
   */
  void waitForCheckOf(String text, String verdict) {
    String length = String.valueOf(text.codePointCount(0, text.length()));
    waitFor(
        d -> {
          List<WebElement> facebook =
              d.findElements(
                  By.xpath(
                      "//table[@class='counters']//tr[th[contains(., " + "'Facebook')]]/td[1]"));
          return !facebook.isEmpty() && facebook.get(0).getText().equals(length);
        });
    waitForVerdict(verdict);
  }

  /** The textContent of an element, which includes visually hidden text. */
  String textContent(String css) {
    return (String) js("return document.querySelector(arguments[0]).textContent", css);
  }

  /**
   * The violations axe-core reports on the current page, as {@code impact id: help (nodes)} lines.
   */
  @SuppressWarnings("unchecked")
  List<String> axeViolations(String... impacts) {
    js(axeSource());
    Map<String, Object> result =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
    if (result.containsKey("error")) {
      throw new AssertionError("axe-core failed: " + result.get("error"));
    }
    List<String> wanted = List.of(impacts);
    return ((List<Map<String, Object>>) result.get("violations"))
        .stream()
            .filter(v -> wanted.contains(String.valueOf(v.get("impact"))))
            .map(
                v ->
                    v.get("impact")
                        + " "
                        + v.get("id")
                        + ": "
                        + v.get("help")
                        + " "
                        + ((List<Map<String, Object>>) v.get("nodes"))
                            .stream().map(n -> String.valueOf(n.get("target"))).toList())
            .toList();
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lays the page out in a phone's viewport, {@code width} CSS pixels wide (device metrics
   * emulation, so the width is the viewport's and not the window's), until {@link #desktopWidth}.
   */
  void phoneWidth(int width) {
    phoneWidth(width, 844);
  }

  private void phoneWidth(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /**
   * At phone width: saves a screenshot of the whole page as {@code target/screenshots/NAME.png}.
   */
  Path phoneScreenshot(String name, int width) {
    Number height = (Number) js("return document.documentElement.scrollHeight");
    phoneWidth(width, Math.min(4000, height.intValue()));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      phoneWidth(width);
    }
  }

  void desktopWidth() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * How far the page scrolls sideways (0 when it reflows), with the widest elements that stick out
   * past the viewport when it does not, for the failure message.
   */
  String horizontalOverflow() {
    return (String)
        js(
            "const d = document.scrollingElement, over = d.scrollWidth - d.clientWidth;"
                + "if (over <= 0) return '0';"
                + "const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)"
                + "  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
                + "    + ' right=' + Math.round(e.getBoundingClientRect().right));"
                + "return over + 'px too wide; past the edge: ' + wide.slice(-8).join(', ');");
  }

  /** Saves a screenshot of the whole page as {@code target/screenshots/NAME.png}. */
  Path screenshot(String name) {
    Number height = (Number) js("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(1280, Math.min(4000, height.intValue() + 160)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
