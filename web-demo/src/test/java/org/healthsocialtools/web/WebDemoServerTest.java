package org.healthsocialtools.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

/** The whole application on a random port, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebDemoServerTest {

  @LocalServerPort int port;
  @Autowired WebServerApplicationContext context;
  @Autowired Environment env;
  @Autowired BuildProperties build;

  private Http http() {
    return new Http(port);
  }

  @Test
  void theServerLimitsAreInForce() {
    Connector c = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
    assertThat(c.getProperty("connectionTimeout")).isEqualTo(10_000);
    assertThat(c.getProperty("keepAliveTimeout")).isEqualTo(10_000);
    assertThat(c.getProperty("maxConnections")).isEqualTo(1_000);
    assertThat(c.getProperty("acceptCount")).isEqualTo(100);
    assertThat(c.getProperty("maxThreads")).isEqualTo(100);
    assertThat(c.getProperty("maxSwallowSize")).isEqualTo(64 * 1024);
    assertThat(env.getProperty("spring.servlet.multipart.enabled")).isEqualTo("false");
  }

  @Test
  void healthIsUpAndNothingElseOfActuatorIsExposed() {
    HttpResponse<String> health = http().get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
    for (String path :
        new String[] {
          "/actuator/env",
          "/actuator/info",
          "/actuator/beans",
          "/actuator/metrics",
          "/actuator/loggers",
          "/actuator/heapdump"
        }) {
      assertThat(http().get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void checksOverHttpWithSecurityHeaders() {
    HttpResponse<String> r =
        http()
            .postJson(
                "/api/v1/check",
                "{\"text\": \"Her NHS number is 943 476 5919\", \"platform\": \"x\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .startsWith("{\"verdict\":\"block\",\"findings\":[{\"ruleId\":\"privacy.nhs-number\"");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @Test
  void bodiesOverTheLimitGet413WithOrWithoutAContentLength() {
    String big = "{\"text\": \"" + "a".repeat(65 * 1024) + "\"}";
    for (HttpResponse<String> r :
        java.util.List.of(
            http().postJson("/api/v1/check", big), http().postJsonChunked("/api/v1/check", big))) {
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(r.body()).contains("\"status\":413", "Request body too large");
    }
    String justUnder = "{\"text\": \"" + "a ".repeat(30 * 1024) + "\"}";
    assertThat(http().postJsonChunked("/api/v1/check", justUnder).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongMediaTypeAndMethodAreProblemDetails() {
    HttpResponse<String> r =
        http()
            .send(
                HttpRequest.newBuilder(http().uri("/api/v1/check"))
                    .header("Content-Type", "text/plain")
                    .POST(BodyPublishers.ofString("hello")));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(http().get("/api/v1/check").statusCode()).isEqualTo(405);
  }

  @Test
  void openApiDocumentAndSwaggerUi() {
    HttpResponse<String> doc = http().get("/v3/api-docs");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body())
        .as("a real title and the build's version")
        .contains(
            "\"title\":\"Health Social Tools API\"", "\"version\":\"" + build.getVersion() + "\"")
        .doesNotContain("OpenAPI definition", "\"v0\"");
    assertThat(build.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(doc.body())
        .contains(
            "\"/api/v1/check\"",
            "\"/api/v1/check/batch\"",
            "\"/api/v1/rules\"",
            "\"ReportDto\"",
            "\"FindingDto\"")
        .doesNotContain("\"/fragment\"", "\"/actuator");
    HttpResponse<String> ui = http().get("/swagger-ui/index.html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
    assertThat(http().get("/swagger-ui.html").statusCode()).isIn(200, 302);
  }

  @Test
  void staticFilesAreServedWithTheirTypes() {
    HttpResponse<String> js = http().get("/app.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    assertThat(http().get("/app.css").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/css");
  }
}
