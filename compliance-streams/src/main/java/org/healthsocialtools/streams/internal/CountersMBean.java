package org.healthsocialtools.streams.internal;

/** The gate's counts over JMX, next to Kafka Streams' own metrics ({@code kafka.streams:*}). */
public interface CountersMBean {
  long getPass();

  long getReview();

  long getBlock();

  long getDeadLetter();
}
