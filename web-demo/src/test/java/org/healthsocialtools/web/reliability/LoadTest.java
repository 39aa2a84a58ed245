package org.healthsocialtools.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.healthsocialtools.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded load test over loopback with the application's default limits: {@value #REQUESTS}
 * requests (single checks, batches of five, page fragments) from {@value #CLIENTS} client threads,
 * stopped after {@value #CAP_SECONDS} s whatever happens. Every response must be 200 and equal,
 * byte for byte, to the answer the same request got alone; the heap after GC at the end must stay
 * near the heap after warm-up; the 99th percentile latency must stay within a generous factor of
 * the single-request median measured in the same run. The figures are printed, not asserted in
 * milliseconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadTest {

  private static final int CLIENTS = 8;
  private static final int REQUESTS = 2_000;
  private static final int WARM_UP = 300;
  private static final int SINGLE = 200;
  private static final int CAP_SECONDS = 30;

  private static final List<String> DRAFTS =
      List.of(
          "Her NHS number is 943 476 5919, call her on 07700 900123",
          "Thanks to the ward team for a lovely open day!",
          "Get well soon Edna in bay 3, from all of us on Ward 7",
          "He suffers from diabetes and is wheelchair bound",
          "Join our flu jab clinic on Saturday 10am-2pm at the Health Centre. No appointment needed. #FluJab",
          "Email jane.doe@example.com for the results of Mr Smith's biopsy",
          "Our amazing nurses! 💙 Happy International Nurses Day to everyone at St Elsewhere",
          "Diolch i bawb am ddod i'r diwrnod agored heddiw",
          "Abbie, 34, from Leeds was admitted to A&E yesterday after a fall",
          "Visiting hours change from Monday: 2pm to 8pm every day. Please check our website for details.");

  @LocalServerPort int port;

  /** One kind of request: how to send it. */
  private record Call(String name, Function<Http, HttpResponse<String>> send) {}

  private List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < DRAFTS.size(); i++) {
      String d = DRAFTS.get(i).replace("\"", "\\\"");
      String platform = i % 2 == 0 ? "x" : "all";
      calls.add(
          new Call(
              "check " + i,
              h ->
                  h.postJson(
                      "/api/v1/check",
                      "{\"text\": \"" + d + "\", \"platform\": \"" + platform + "\"}")));
      String draft = DRAFTS.get(i);
      calls.add(
          new Call(
              "fragment " + i, h -> h.postForm("/fragment", "text", draft, "platform", "bluesky")));
    }
    StringBuilder batch = new StringBuilder("{\"posts\": [");
    for (int i = 0; i < 5; i++) {
      batch
          .append(i == 0 ? "" : ", ")
          .append("{\"id\": \"")
          .append(i)
          .append("\", \"text\": \"")
          .append(DRAFTS.get(i * 2).replace("\"", "\\\""))
          .append("\"}");
    }
    String body = batch.append("]}").toString();
    calls.add(new Call("batch", h -> h.postJson("/api/v1/check/batch", body)));
    return calls;
  }

  @Test
  void sustainedLoadWithZeroErrorsStableMemoryAndBoundedLatency() throws Exception {
    List<Call> calls = calls();
    Http http = new Http(port);
    Map<String, String> expected = new ConcurrentHashMap<>();
    for (Call c : calls) {
      HttpResponse<String> r = c.send().apply(http);
      assertThat(r.statusCode()).as(c.name()).isEqualTo(200);
      expected.put(c.name(), r.body());
    }
    run(calls, expected, WARM_UP, CLIENTS);
    long heapWarm = heapAfterGc();
    long[] single = run(calls, expected, SINGLE, 1).latencies;
    Result load = run(calls, expected, REQUESTS, CLIENTS);
    long heapEnd = heapAfterGc();

    double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf(
        "load test: %d requests from %d clients in %.1f s (%.0f requests/s), errors %d; single-request"
            + " median %.2f ms; under load p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; heap after GC %d MB after"
            + " warm-up, %d MB at the end; %d processors, load average %.2f%n",
        load.done,
        CLIENTS,
        load.seconds,
        load.done / load.seconds,
        load.errors.get(),
        ms(pct(single, 50)),
        ms(pct(load.latencies, 50)),
        ms(pct(load.latencies, 90)),
        ms(pct(load.latencies, 99)),
        ms(pct(load.latencies, 100)),
        heapWarm >> 20,
        heapEnd >> 20,
        Runtime.getRuntime().availableProcessors(),
        loadAverage);

    assertThat(load.errors.get())
        .as("errors (non-200 or a report unlike the single-request one)")
        .isZero();
    assertThat(load.done)
        .as("requests completed within the cap")
        .isGreaterThanOrEqualTo(REQUESTS / 4);
    assertThat(heapEnd)
        .as("heap after GC at the end (bytes)")
        .isLessThan(heapWarm + Math.max(64L << 20, heapWarm / 2));
    long bound = Math.max(50 * pct(single, 50), TimeUnit.SECONDS.toNanos(1));
    assertThat(pct(load.latencies, 99))
        .as("p99 under load (ns) within 50x the single median, or 1 s")
        .isLessThan(bound);
  }

  private record Result(long[] latencies, int done, double seconds, AtomicInteger errors) {}

  /**
   * Sends {@code n} requests round-robin over {@code calls} from {@code clients} threads, stopping
   * at the cap.
   */
  private Result run(List<Call> calls, Map<String, String> expected, int n, int clients)
      throws Exception {
    long[] latencies = new long[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CAP_SECONDS);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < clients; t++) {
        fs.add(
            pool.submit(
                () -> {
                  Http http = new Http(port);
                  for (int i; (i = next.getAndIncrement()) < n && System.nanoTime() < deadline; ) {
                    Call c = calls.get(i % calls.size());
                    long s = System.nanoTime();
                    HttpResponse<String> r = c.send().apply(http);
                    latencies[i] = System.nanoTime() - s;
                    if (r.statusCode() != 200 || !r.body().equals(expected.get(c.name()))) {
                      errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get(CAP_SECONDS + 30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    int done = Math.min(next.get(), n);
    return new Result(Arrays.copyOf(latencies, done), done, (System.nanoTime() - t0) / 1e9, errors);
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long pct(long[] values, int p) {
    long[] s = values.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
