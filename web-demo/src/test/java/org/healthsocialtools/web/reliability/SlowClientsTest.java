package org.healthsocialtools.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.healthsocialtools.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow and oversized clients do not starve others. While slowloris-style clients trickle their
 * headers or their bodies a byte every 500 ms and others send bodies over the limit, normal clients
 * keep getting their reports within a bound; the slow bodies are cut off with 408 once {@code
 * hst.web.body-timeout} (2 s here, 10 s by default) has passed, and the oversized ones get 413 at
 * once. Bounded: about 5 s, a fixed number of connections, loopback only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "hst.web.body-timeout=2s")
class SlowClientsTest {

  private static final int SLOW_BODIES = 12;
  private static final int SLOW_HEADERS = 4;
  private static final int OVERSIZED = 4;
  private static final int NORMAL = 2;
  private static final long TRICKLE_MILLIS = 500;

  /**
   * No normal request may take longer than this (they take milliseconds when nothing else is going
   * on).
   */
  private static final long NORMAL_BOUND_MILLIS = 5_000;

  @LocalServerPort int port;

  @Test
  void slowAndOversizedClientsDoNotStarveOthers() throws Exception {
    // Warm up the checker first, so that the bound measures waiting rather than the first check's
    // lazy loading.
    new Http(port).postJson("/api/v1/check", "{\"text\": \"Warm-up: thanks to the ward team\"}");
    ExecutorService pool =
        Executors.newFixedThreadPool(SLOW_BODIES + SLOW_HEADERS + OVERSIZED + NORMAL);
    AtomicBoolean done = new AtomicBoolean();
    try {
      List<Future<long[]>> slow = new ArrayList<>();
      for (int i = 0; i < SLOW_BODIES; i++) {
        boolean form = i % 2 == 1;
        slow.add(pool.submit(() -> slowBody(form)));
      }
      List<Future<Integer>> headers = new ArrayList<>();
      for (int i = 0; i < SLOW_HEADERS; i++) {
        headers.add(pool.submit(() -> slowHeaders(done)));
      }
      List<Future<?>> others = new ArrayList<>();
      ConcurrentLinkedQueue<Integer> oversized = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < OVERSIZED; i++) {
        int n = i;
        others.add(
            pool.submit(
                () -> {
                  while (!done.get()) {
                    oversized.add(n % 2 == 0 ? declaredTooLarge() : chunkedTooLarge());
                    Thread.sleep(20);
                  }
                  return null;
                }));
      }
      ConcurrentLinkedQueue<long[]> normal = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < NORMAL; i++) {
        others.add(
            pool.submit(
                () -> {
                  Http http = new Http(port);
                  while (!done.get()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r =
                        http.postJson(
                            "/api/v1/check",
                            "{\"text\": \"Thanks to the ward team for a lovely open day\", \"platform\": \"x\"}");
                    boolean ok = r.statusCode() == 200 && r.body().startsWith("{\"verdict\":");
                    normal.add(new long[] {ok ? 1 : 0, (System.nanoTime() - t0) / 1_000_000});
                  }
                  return null;
                }));
      }

      List<long[]> slowResults = new ArrayList<>();
      for (Future<long[]> f : slow) {
        slowResults.add(f.get(20, TimeUnit.SECONDS));
      }
      done.set(true);
      for (Future<Integer> f : headers) {
        assertThat(f.get(10, TimeUnit.SECONDS))
            .as("a client trickling headers is not answered early")
            .isZero();
      }
      for (Future<?> f : others) {
        f.get(30, TimeUnit.SECONDS);
      }

      long slowest = normal.stream().mapToLong(r -> r[1]).max().orElse(-1);
      System.out.printf(
          "slow clients: %d slow bodies cut after %s ms; %d oversized answered; %d normal requests, "
              + "slowest %d ms%n",
          SLOW_BODIES,
          slowResults.stream().map(r -> Long.toString(r[1])).toList(),
          oversized.size(),
          normal.size(),
          slowest);
      for (long[] r : slowResults) {
        assertThat(r[0]).as("a slow body gets 408").isEqualTo(408);
        assertThat(r[1]).as("cut off after the body timeout").isBetween(1_900L, 8_000L);
      }
      assertThat(oversized).isNotEmpty().containsOnly(413);
      assertThat(normal).as("normal requests went on meanwhile").hasSizeGreaterThanOrEqualTo(10);
      assertThat(normal)
          .allSatisfy(r -> assertThat(r[0]).as("a normal request got a report").isEqualTo(1));
      assertThat(slowest).as("slowest normal request (ms)").isLessThan(NORMAL_BOUND_MILLIS);
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
  }

  /**
   * Sends headers, then the body a byte every 500 ms until answered: {status, ms from the first
   * body byte}.
   */
  private long[] slowBody(boolean form) throws IOException, InterruptedException {
    byte[] body =
        (form ? "platform=x&text=" + "a".repeat(200) : "{\"text\": \"" + "a".repeat(200) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    try (RawHttp c = new RawHttp(port, 15_000)) {
      c.send(
          RawHttp.head(
              "POST",
              form ? "/fragment" : "/api/v1/check",
              form ? "application/x-www-form-urlencoded" : "application/json",
              Integer.toString(body.length)));
      long t0 = System.nanoTime();
      for (int i = 0; i < body.length && !c.answered(); i++) {
        c.send(new byte[] {body[i]});
        Thread.sleep(TRICKLE_MILLIS);
      }
      int status = c.status();
      return new long[] {status, (System.nanoTime() - t0) / 1_000_000};
    }
  }

  /**
   * Trickles header lines until told to stop; 0 if the server never answered meanwhile, else the
   * status.
   */
  private int slowHeaders(AtomicBoolean done) throws IOException, InterruptedException {
    try (RawHttp c = new RawHttp(port, 5_000)) {
      c.send("POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      byte[] line = "X-Slow: a\r\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; !done.get(); i++) {
        if (c.answered()) {
          return c.status();
        }
        c.send(new byte[] {line[i % line.length]});
        Thread.sleep(TRICKLE_MILLIS);
      }
      return 0;
    }
  }

  /**
   * Declares a 10 MB body and waits for the answer before sending it, as clients do with Expect:
   * 100-continue.
   */
  private int declaredTooLarge() throws IOException {
    try (RawHttp c = new RawHttp(port, 10_000)) {
      c.send(
          RawHttp.head(
              "POST", "/api/v1/check", "application/json", "10485760", "Expect: 100-continue"));
      return c.status();
    }
  }

  /** Sends an 80 KB chunked body, 16 KB over the limit, with no declared length. */
  private int chunkedTooLarge() throws IOException {
    try (RawHttp c = new RawHttp(port, 10_000)) {
      c.send(RawHttp.head("POST", "/api/v1/check", "application/json", "chunked"));
      String chunk = "a".repeat(8192);
      c.send("2000\r\n{\"text\": \"" + chunk.substring(10) + "\r\n");
      for (int i = 1; i < 10; i++) {
        c.send("2000\r\n" + chunk + "\r\n");
      }
      c.send("0\r\n\r\n");
      return c.status();
    }
  }
}
