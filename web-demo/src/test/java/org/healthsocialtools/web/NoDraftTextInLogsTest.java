package org.healthsocialtools.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.healthsocialtools.web.reliability.NoDraftOnDisk;
import org.healthsocialtools.web.reliability.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Draft text never reaches the log, on success or on any error path, even with Spring MVC's own
 * debug logging on (it logs request and response bodies by their {@code toString}), and never
 * reaches a file. Log lines carry lengths, verdicts and timings. The fault paths use {@link
 * FaultyRule} and tiny limits: one check slot, a 200 ms wait for it, a 1 s body timeout and a 1.5 s
 * connection timeout. The log is read from every event (the test console shows only warnings) and
 * from the console output.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.org.springframework.web=DEBUG",
      "logging.level.org.springframework.http=DEBUG",
      "logging.level.org.healthsocialtools=DEBUG",
      "logging.level.org.apache.catalina=DEBUG",
      "logging.level.org.apache.coyote=DEBUG",
      "hst.web.max-concurrent-checks=1",
      "hst.web.check-wait=200ms",
      "hst.web.body-timeout=1s",
      "server.tomcat.connection-timeout=1500ms"
    })
@Import(FaultyRule.class)
@ExtendWith(OutputCaptureExtension.class)
class NoDraftTextInLogsTest {

  /** Made-up words that appear nowhere else, so any occurrence in the log is a leak. */
  private static final List<String> SECRETS =
      List.of("Zephyrine", "Quillfeather", "943 476 5919", "Wardle9", "Ostrovine", "Brackwater");

  private static final String DRAFT =
      "Get well soon Zephyrine Quillfeather, NHS 943 476 5919, Wardle9";

  /** A comment the draft replies to ({@code inReplyTo}): context only, never logged either. */
  private static final String COMMENT =
      "My Ostrovine tablets made my migraine worse after Brackwater clinic. Zephyrine";

  @LocalServerPort int port;

  @Test
  void noDraftTextInTheLogOnAnyPath(CapturedOutput output) {
    try (LogCapture events = LogCapture.attach()) {
      noDraftTextInTheLogOnAnyPath(output, events);
    }
  }

  private void noDraftTextInTheLogOnAnyPath(CapturedOutput output, LogCapture events) {
    Http http = new Http(port);
    String text = DRAFT.replace("\"", "\\\"");
    List<Integer> statuses = new ArrayList<>();
    // Success paths: API, batch, page form post, apply, safe version, script fragment.
    statuses.add(
        http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"platform\": \"x\"}")
            .statusCode());
    statuses.add(
        http.postJson(
                "/api/v1/check/batch", "{\"posts\": [{\"id\": \"1\", \"text\": \"" + text + "\"}]}")
            .statusCode());
    statuses.add(http.postForm("/", "text", DRAFT, "platform", "x").statusCode());
    statuses.add(http.postForm("/", "text", DRAFT, "apply", "0").statusCode());
    statuses.add(http.postForm("/", "text", DRAFT, "action", "safe").statusCode());
    statuses.add(http.postForm("/fragment", "text", DRAFT, "platform", "bluesky").statusCode());
    // ... and as a reply to a comment: the page, its "use this reply", its fragment, the API.
    statuses.add(http.postForm("/", "text", DRAFT, "inReplyTo", COMMENT).statusCode());
    statuses.add(
        http.postForm("/", "text", DRAFT, "inReplyTo", COMMENT, "action", "reply").statusCode());
    statuses.add(http.postForm("/fragment", "text", DRAFT, "inReplyTo", COMMENT).statusCode());
    statuses.add(
        http.postJson(
                "/api/v1/check", "{\"text\": \"" + text + "\", \"inReplyTo\": \"" + COMMENT + "\"}")
            .statusCode());
    // Error paths: unknown platform, locale and profile, malformed JSON, too large, batch errors,
    // media type.
    statuses.add(
        http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"platform\": \"myspace\"}")
            .statusCode());
    statuses.add(
        http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"locale\": \"!!\"}")
            .statusCode());
    statuses.add(
        http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"profile\": \"none\"}")
            .statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", ").statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": Zephyrine Quillfeather}").statusCode());
    statuses.add(
        http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"platform\": Zephyrine}")
            .statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": [\"" + text + "\"]}").statusCode());
    String big = "{\"text\": \"" + (DRAFT + " ").repeat(1200) + "\"}";
    statuses.add(http.postJson("/api/v1/check", big).statusCode());
    statuses.add(http.postJsonChunked("/api/v1/check", big).statusCode());
    statuses.add(
        http.postJson(
                "/api/v1/check/batch",
                "{\"posts\": [{\"text\": \"" + text + "\"}, {\"text\": \"\"}]}")
            .statusCode());
    statuses.add(
        http.send(
                HttpRequest.newBuilder(http.uri("/api/v1/check"))
                    .header("Content-Type", "text/plain")
                    .POST(BodyPublishers.ofString(DRAFT)))
            .statusCode());
    statuses.add(http.postForm("/", "text", "", "platform", DRAFT).statusCode());
    statuses.add(http.postForm("/fragment", "text", DRAFT, "platform", DRAFT).statusCode());
    statuses.add(http.postForm("/fragment", "text", (DRAFT + " ").repeat(1200)).statusCode());

    assertThat(statuses)
        .containsExactly(
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 400, 400, 400, 400, 400, 400, 400,
            413, 413, 400, 415, 400, 400, 413);
    // Every log event at any level, and whatever reached the console (including anything printed
    // directly).
    String log = events.text() + output.getAll();
    assertThat(log)
        .as("the capture sees the application's log")
        .contains("checked chars=" + DRAFT.length());
    assertThat(log).as("Spring MVC's debug log is on").contains("Completed 400");
    assertNoSecrets(log);
  }

  @Test
  void noDraftTextInTheLogOrOnDiskOnFaultPaths(CapturedOutput output) throws Exception {
    try (LogCapture events = LogCapture.attach()) {
      noDraftTextInTheLogOrOnDiskOnFaultPaths(output, events);
    }
  }

  private void noDraftTextInTheLogOrOnDiskOnFaultPaths(CapturedOutput output, LogCapture events)
      throws Exception {
    long start = System.currentTimeMillis() - 1_000;
    Http http = new Http(port);
    String text = DRAFT.replace("\"", "\\\"");
    // 503: one request holds the only check slot; every way in is refused with Retry-After.
    FaultyRule.reset();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<HttpResponse<String>> blocked =
          pool.submit(
              () ->
                  http.postJson(
                      "/api/v1/check", "{\"text\": \"" + text + " " + FaultyRule.BLOCK + "\"}"));
      assertThat(FaultyRule.entered.await(20, TimeUnit.SECONDS))
          .as("the blocked check started")
          .isTrue();
      List<HttpResponse<String>> busy =
          List.of(
              http.postJson("/api/v1/check", "{\"text\": \"" + text + "\"}"),
              http.postJson("/api/v1/check/batch", "{\"posts\": [{\"text\": \"" + text + "\"}]}"),
              http.postForm("/", "text", DRAFT, "inReplyTo", COMMENT),
              http.postForm("/fragment", "text", DRAFT, "inReplyTo", COMMENT));
      FaultyRule.release.countDown();
      assertThat(blocked.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      for (HttpResponse<String> r : busy) {
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
      }
      assertThat(busy.get(0).headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(busy.get(0).body()).contains("\"status\":503", "\"title\":\"Too busy\"");
      assertThat(busy.get(2).body())
          .as("the page keeps the draft and the comment in the form")
          .contains("busy", "Zephyrine", "Ostrovine");
      assertNoSecrets(busy.get(0).body() + busy.get(1).body() + busy.get(3).body());
    } finally {
      FaultyRule.release.countDown();
      pool.shutdownNow();
    }
    // 500: the checker throws an exception that quotes the draft.
    String failing = DRAFT + " " + FaultyRule.THROW;
    List<HttpResponse<String>> failed =
        List.of(
            http.postJson("/api/v1/check", "{\"text\": \"" + failing + "\"}"),
            http.postJson("/api/v1/check/batch", "{\"posts\": [{\"text\": \"" + failing + "\"}]}"),
            http.postForm("/", "text", failing, "inReplyTo", COMMENT),
            http.postForm("/fragment", "text", failing, "inReplyTo", COMMENT));
    assertThat(failed).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(500));
    assertThat(failed.get(0).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(failed.get(0).body()).contains("\"status\":500", "\"title\":\"Check failed\"");
    assertNoSecrets(failed.get(0).body() + failed.get(1).body() + failed.get(3).body());
    assertThat(failed.get(0).body() + failed.get(1).body()).doesNotContain(FaultyRule.THROW);
    // 408: a body trickled past the body timeout, and one that stops half way (Tomcat's read
    // timeout).
    byte[] body = ("{\"text\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(trickle(body, body.length, 300)).isEqualTo(408);
    assertThat(trickle(body, 30, 0)).isEqualTo(408);
    // 400 and 415: a form that is not URL-encoded data, multipart bodies (never parsed, so never
    // spooled to disk).
    assertThat(
            http.send(
                    HttpRequest.newBuilder(http.uri("/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("text=%zz" + DRAFT)))
                .statusCode())
        .isEqualTo(400);
    String multipart =
        "--b\r\nContent-Disposition: form-data; name=\"text\"; filename=\"d.txt\"\r\n\r\n"
            + DRAFT
            + "\r\n--b--\r\n";
    for (String path : List.of("/", "/fragment", "/api/v1/check")) {
      assertThat(
              http.send(
                      HttpRequest.newBuilder(http.uri(path))
                          .header("Content-Type", "multipart/form-data; boundary=b")
                          .POST(BodyPublishers.ofString(multipart)))
                  .statusCode())
          .isEqualTo(415);
    }

    // Every log event at any level, and whatever reached the console (including anything printed
    // directly).
    String log = events.text() + output.getAll();
    assertThat(log)
        .as("the failure is logged, without the draft")
        .contains(
            "check failed chars=" + failing.length(), "error=java.lang.IllegalStateException");
    assertThat(log).contains("refused body: too slow", "body not received: read timed out");
    assertNoSecrets(log);
    for (Path dir :
        List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("").toAbsolutePath())) {
      assertThat(NoDraftOnDisk.filesHolding(dir, start, SECRETS))
          .as("files written under " + dir)
          .isEmpty();
    }
  }

  /**
   * Sends headers and the first {@code upTo} bytes of {@code body}, a byte every {@code
   * pauseMillis}.
   */
  private int trickle(byte[] body, int upTo, long pauseMillis) throws Exception {
    try (RawHttp c = new RawHttp(port, 10_000)) {
      c.send(
          RawHttp.head("POST", "/api/v1/check", "application/json", Integer.toString(body.length)));
      for (int i = 0; i < upTo && !c.answered(); i++) {
        c.send(new byte[] {body[i]});
        Thread.sleep(pauseMillis);
      }
      return c.status();
    }
  }

  private static void assertNoSecrets(String s) {
    for (String secret : SECRETS) {
      assertThat(s).doesNotContainIgnoringCase(secret);
    }
  }
}
