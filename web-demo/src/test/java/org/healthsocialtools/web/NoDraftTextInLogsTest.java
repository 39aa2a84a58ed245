package org.healthsocialtools.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Draft text never reaches the log, on success or on any error path, even with Spring MVC's own debug logging on
 * (it logs request and response bodies by their {@code toString}). Log lines carry lengths, verdicts and timings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.http=DEBUG",
    "logging.level.org.healthsocialtools=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class NoDraftTextInLogsTest {

  /** Made-up words that appear nowhere else, so any occurrence in the log is a leak. */
  private static final List<String> SECRETS = List.of("Zephyrine", "Quillfeather", "943 476 5919", "Wardle9");
  private static final String DRAFT = "Get well soon Zephyrine Quillfeather, NHS 943 476 5919, Wardle9";

  @LocalServerPort int port;

  @Test
  void noDraftTextInTheLogOnAnyPath(CapturedOutput output) {
    Http http = new Http(port);
    String text = DRAFT.replace("\"", "\\\"");
    List<Integer> statuses = new ArrayList<>();
    // Success paths: API, batch, page form post, apply, safe version, script fragment.
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"platform\": \"x\"}").statusCode());
    statuses.add(http.postJson("/api/v1/check/batch", "{\"posts\": [{\"id\": \"1\", \"text\": \"" + text + "\"}]}")
        .statusCode());
    statuses.add(http.postForm("/", "text", DRAFT, "platform", "x").statusCode());
    statuses.add(http.postForm("/", "text", DRAFT, "apply", "0").statusCode());
    statuses.add(http.postForm("/", "text", DRAFT, "action", "safe").statusCode());
    statuses.add(http.postForm("/fragment", "text", DRAFT, "platform", "bluesky").statusCode());
    // Error paths: unknown platform, locale and profile, malformed JSON, too large, batch errors, media type.
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"platform\": \"myspace\"}")
        .statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"locale\": \"!!\"}").statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"profile\": \"none\"}").statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", ").statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": Zephyrine Quillfeather}").statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": \"" + text + "\", \"platform\": Zephyrine}").statusCode());
    statuses.add(http.postJson("/api/v1/check", "{\"text\": [\"" + text + "\"]}").statusCode());
    String big = "{\"text\": \"" + (DRAFT + " ").repeat(1200) + "\"}";
    statuses.add(http.postJson("/api/v1/check", big).statusCode());
    statuses.add(http.postJsonChunked("/api/v1/check", big).statusCode());
    statuses.add(http.postJson("/api/v1/check/batch", "{\"posts\": [{\"text\": \"" + text + "\"}, {\"text\": \"\"}]}")
        .statusCode());
    statuses.add(http.send(HttpRequest.newBuilder(http.uri("/api/v1/check")).header("Content-Type", "text/plain")
        .POST(BodyPublishers.ofString(DRAFT))).statusCode());
    statuses.add(http.postForm("/", "text", "", "platform", DRAFT).statusCode());
    statuses.add(http.postForm("/fragment", "text", DRAFT, "platform", DRAFT).statusCode());
    statuses.add(http.postForm("/fragment", "text", (DRAFT + " ").repeat(1200)).statusCode());

    assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 400, 400, 400, 400, 400, 400, 400, 413, 413, 400,
        415, 400, 400, 413);
    String log = output.getAll();
    assertThat(log).as("the capture sees the application's log").contains("checked chars=" + DRAFT.length());
    assertThat(log).as("Spring MVC's debug log is on").contains("Completed 400");
    for (String secret : SECRETS) {
      assertThat(log).doesNotContainIgnoringCase(secret);
    }
  }
}
