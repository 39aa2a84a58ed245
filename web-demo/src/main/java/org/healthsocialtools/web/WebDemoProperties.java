package org.healthsocialtools.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code hst.web}. The Tomcat limits that go with them (connection timeout, threads,
 * connections, accept queue) are in {@code hst-server-limits.properties}; see {@link ServerLimits}.
 *
 * @param locale the house style the checker is built for ({@code en-GB}, {@code en-US})
 * @param maxBody the largest request body accepted; larger bodies get 413 with a problem detail
 * @param maxBatch the most posts one batch request may hold
 * @param bodyTimeout the longest a request body may take to arrive, however steadily it trickles;
 *     slower bodies get 408 and free their thread
 * @param maxConcurrentChecks the most requests checking drafts at once; 0 means twice the number of
 *     processors
 * @param checkWait how long a request waits for a free check slot before it gets 503 with {@code
 *     Retry-After}
 */
@ConfigurationProperties("hst.web")
public record WebDemoProperties(
    @DefaultValue("en-GB") String locale,
    @DefaultValue("64KB") DataSize maxBody,
    @DefaultValue("100") int maxBatch,
    @DefaultValue("10s") Duration bodyTimeout,
    @DefaultValue("0") int maxConcurrentChecks,
    @DefaultValue("2s") Duration checkWait) {

  /** {@link #maxConcurrentChecks} with 0 resolved to twice the number of processors. */
  public int concurrentChecks() {
    return maxConcurrentChecks > 0
        ? maxConcurrentChecks
        : 2 * Runtime.getRuntime().availableProcessors();
  }
}
