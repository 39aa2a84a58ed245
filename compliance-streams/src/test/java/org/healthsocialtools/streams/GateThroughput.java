package org.healthsocialtools.streams;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.healthsocialtools.ComplianceChecker;

/**
 * Throughput harness (not a test): starts a KRaft broker in this JVM and writes N drafts to a topic
 * of P partitions. After a warm-up pass, it runs one and then two gate instances (each its own
 * KafkaStreams client with its own checker and one stream thread, as two processes would be,
 * exactly-once) over fresh topics, and times how long until every report is committed, read back
 * with {@code read_committed}. Prints drafts per second overall (including the group join) and in
 * steady state (from the first 10% of reports to the last).
 *
 * <pre>
 * compliance-streams/bench [drafts] [partitions]      # defaults 40000 and 4
 * </pre>
 */
public final class GateThroughput {

  private static final String[] DRAFTS = {
    "Our flu vaccination clinic is open on Saturday from 9am to 1pm at the main entrance. No appointment needed.",
    "Thank you to the %d volunteers who helped at the summer fete, you raised money for the children's ward!",
    "We help people who suffer from diabetes to plan their meals. Ask your GP about our course.",
    "Her NHS number is 943 476 5919, please call her daughter on 07700 900%03d.",
    "Visiting hours on all wards change from Monday %d June: 11am to 8pm. Please check before you travel.",
    "Great to see Mrs Patel in bay %d sitting up after her hip replacement. Get well soon!",
    "Our new MRI scanner means shorter waits for scans. Find out more on our website.",
    "Feeling low? Talk to someone. Samaritans are there day or night on 116 123.",
  };

  private GateThroughput() {}

  public static void main(String[] args) throws Exception {
    int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path state = Files.createTempDirectory("hst-gate-bench");
    System.out.printf(
        Locale.ROOT,
        "drafts=%d partitions=%d cores=%d%n",
        drafts,
        partitions,
        Runtime.getRuntime().availableProcessors());
    try (KraftBroker broker = new KraftBroker()) {
      // The first pass warms the JIT (Kafka clients and checker) so that the two measured runs
      // start alike.
      for (int instances : new int[] {0, 1, 2}) {
        String prefix = "run" + instances + "-";
        GateTopics topics =
            new GateTopics(
                prefix + "drafts",
                prefix + "reports",
                prefix + "approved",
                prefix + "review",
                prefix + "blocked",
                prefix + "dead-letter");
        List<String> all = new ArrayList<>(topics.outputs());
        all.add(topics.input());
        broker.createTopics(partitions, all);
        int n = instances == 0 ? Math.min(drafts, 10_000) : drafts;
        fill(broker, topics.input(), n);
        run(
            broker,
            topics,
            Math.max(instances, 1),
            partitions,
            n,
            state,
            instances == 0 ? "warm-up" : "measured");
      }
    }
  }

  private static void fill(KraftBroker broker, String topic, int n) {
    try (KafkaProducer<byte[], byte[]> p = broker.producer()) {
      for (int i = 0; i < n; i++) {
        String text = String.format(Locale.ROOT, DRAFTS[i % DRAFTS.length], i % 1000);
        String json = "{\"id\":\"d" + i + "\",\"text\":\"" + text + "\",\"platform\":\"x\"}";
        p.send(
            new ProducerRecord<>(
                topic,
                ("k" + i).getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  private static void run(
      KraftBroker broker,
      GateTopics topics,
      int instances,
      int partitions,
      int n,
      Path state,
      String label)
      throws Exception {
    List<ComplianceChecker> checkers = new ArrayList<>();
    List<KafkaStreams> clients = new ArrayList<>();
    List<ComplianceGate> gates = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      ComplianceChecker checker = ComplianceChecker.builder().build();
      checkers.add(checker);
      Properties p = new Properties();
      p.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      p.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + topics.input());
      p.setProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
      p.setProperty(
          StreamsConfig.STATE_DIR_CONFIG, state.resolve(topics.input() + "-" + i).toString());
      ComplianceGate gate =
          new ComplianceGate(checker, topics, ComplianceGate.DEFAULT_MAX_DRAFT_BYTES);
      gates.add(gate);
      clients.add(new KafkaStreams(gate.topology(), ComplianceGate.streamsConfig(p)));
    }
    try (KafkaConsumer<byte[], byte[]> reports =
        broker.consumer("bench-reader-" + topics.input())) {
      reports.subscribe(List.of(topics.reports()));
      reports.poll(Duration.ofMillis(500));
      long start = System.nanoTime();
      clients.forEach(KafkaStreams::start);
      long seen = 0;
      long tenth = 0;
      long deadline = start + Duration.ofMinutes(15).toNanos();
      long progress = start;
      while (seen < n && System.nanoTime() < deadline) {
        seen += reports.poll(Duration.ofMillis(100)).count();
        if (System.nanoTime() - progress > 10e9) {
          progress = System.nanoTime();
          System.out.printf(
              Locale.ROOT,
              "  %.0fs: %d reports committed; checked per instance %s; states %s%n",
              (progress - start) / 1e9,
              seen,
              gates.stream().map(g -> g.counts().total()).toList(),
              clients.stream().map(KafkaStreams::state).toList());
        }
        if (tenth == 0 && seen >= n / 10) {
          tenth = System.nanoTime();
        }
      }
      long end = System.nanoTime();
      double all = (end - start) / 1e9;
      double steady = (end - tenth) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: instances=%d partitions=%d reports=%d total=%.1fs overall=%.0f drafts/s steady=%.0f drafts/s%n",
          label,
          instances,
          partitions,
          seen,
          all,
          seen / all,
          (seen - n / 10) / steady);
    } finally {
      clients.forEach(KafkaStreams::close);
      checkers.forEach(ComplianceChecker::close);
    }
  }
}
