package org.healthsocialtools.streams;

import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.Properties;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.streams.internal.CheckProcessor;
import org.healthsocialtools.streams.internal.Counters;
import org.healthsocialtools.streams.internal.DraftParser;

/**
 * The compliance gate as a Kafka Streams topology: drafts in; a report per draft, the draft routed
 * by verdict, and unreadable records dead-lettered, all keyed as the input. One gate holds one
 * {@link ComplianceChecker}, which every stream thread of the instance shares (it is immutable and
 * thread-safe), and one set of {@link #counts() counts}.
 *
 * <pre>{@code
 * ComplianceGate gate = new ComplianceGate(checker, GateTopics.defaults(), ComplianceGate.DEFAULT_MAX_DRAFT_BYTES);
 * KafkaStreams streams = new KafkaStreams(gate.topology(), ComplianceGate.streamsConfig(props));
 * }</pre>
 */
public final class ComplianceGate {

  /**
   * Largest record value read by default: far above any platform's limit, well below Kafka's 1 MB
   * default.
   */
  public static final int DEFAULT_MAX_DRAFT_BYTES = 256 * 1024;

  private final ComplianceChecker checker;
  private final GateTopics topics;
  private final DraftParser parser;
  private final Counters counters = new Counters();

  /**
   * @param checker the checker every stream thread shares; the caller closes it after the streams
   * @param maxDraftBytes longest record value to read; longer ones are dead-lettered. Drafts longer
   *     than {@code checker.maxPostLength()} characters (text and {@code inReplyTo} together) are
   *     dead-lettered too.
   */
  public ComplianceGate(ComplianceChecker checker, GateTopics topics, int maxDraftBytes) {
    this.checker = Objects.requireNonNull(checker, "checker");
    this.topics = Objects.requireNonNull(topics, "topics");
    this.parser = new DraftParser(maxDraftBytes, checker.maxPostLength());
  }

  /**
   * A new topology over this gate's checker and counters; stateless, so it needs no changelog or
   * repartition.
   */
  public Topology topology() {
    Topology t = new Topology();
    t.addSource(
        CheckProcessor.SOURCE,
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer(),
        topics.input());
    t.addProcessor(
        CheckProcessor.CHECK,
        () -> new CheckProcessor(checker, parser, counters),
        CheckProcessor.SOURCE);
    ByteArraySerializer bytes = new ByteArraySerializer();
    t.addSink(CheckProcessor.REPORTS, topics.reports(), bytes, bytes, CheckProcessor.CHECK);
    t.addSink(CheckProcessor.APPROVED, topics.approved(), bytes, bytes, CheckProcessor.CHECK);
    t.addSink(CheckProcessor.REVIEW, topics.review(), bytes, bytes, CheckProcessor.CHECK);
    t.addSink(CheckProcessor.BLOCKED, topics.blocked(), bytes, bytes, CheckProcessor.CHECK);
    t.addSink(CheckProcessor.DEAD_LETTER, topics.deadLetter(), bytes, bytes, CheckProcessor.CHECK);
    return t;
  }

  public GateTopics topics() {
    return topics;
  }

  /** Records handled so far by every stream thread of this instance. */
  public GateCounts counts() {
    return counters.snapshot();
  }

  /**
   * Publishes the counts over JMX as {@code
   * org.healthsocialtools.streams:type=ComplianceGate,name=<name>} (attributes {@code Pass}, {@code
   * Review}, {@code Block}, {@code DeadLetter}).
   *
   * @return the name registered, for unregistering
   */
  public ObjectName registerMBean(String name) throws JMException {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName on =
        new ObjectName(
            "org.healthsocialtools.streams:type=ComplianceGate,name=" + ObjectName.quote(name));
    server.registerMBean(counters, on);
    return on;
  }

  /**
   * Kafka Streams settings for a gate: {@code props} over these defaults: exactly-once processing
   * ({@code exactly_once_v2}: a draft's report, routed copy or dead letter are committed together
   * with its input offset, so each appears exactly once, even across crashes and rebalances), one
   * stream thread per core, and {@code hst-compliance-gate} as the application id. Properties
   * starting with {@code hst.} are left out.
   */
  public static Properties streamsConfig(Properties props) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "hst-compliance-gate");
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // What Kafka 5 will default to; without it Kafka Streams warns at every start.
    p.put("processing.exception.handler.global.enabled", "true");
    p.put(
        StreamsConfig.NUM_STREAM_THREADS_CONFIG,
        Integer.toString(Runtime.getRuntime().availableProcessors()));
    for (String k : props.stringPropertyNames()) {
      if (!k.startsWith("hst.")) {
        p.put(k, props.getProperty(k));
      }
    }
    return p;
  }
}
