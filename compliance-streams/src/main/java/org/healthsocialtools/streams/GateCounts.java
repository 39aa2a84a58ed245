package org.healthsocialtools.streams;

/**
 * Records a gate has handled since it started, by outcome. Counts cover every record processed, so
 * a record that is processed again after an aborted transaction (exactly-once retries) is counted
 * again, as in Kafka Streams' own {@code process-total}. Immutable snapshot.
 */
public record GateCounts(long pass, long review, long block, long deadLetter) {

  public long total() {
    return pass + review + block + deadLetter;
  }
}
