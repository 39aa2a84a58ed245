package org.healthsocialtools.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.streams.Drafts.BLOCK_TEXT;
import static org.healthsocialtools.streams.Drafts.PASS_TEXT;
import static org.healthsocialtools.streams.Drafts.REVIEW_TEXT;
import static org.healthsocialtools.streams.Drafts.bytes;
import static org.healthsocialtools.streams.Drafts.json;
import static org.healthsocialtools.streams.Drafts.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.healthsocialtools.ComplianceChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate against a real Kafka broker in KRaft mode, started by the build: exactly-once processing
 * with two stream threads over three partitions; good drafts and bad records interleaved.
 */
class GateBrokerIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int GOOD = 30;

  @TempDir Path stateDir;

  @Test
  void checksRoutesAndDeadLettersExactlyOnceOnARealBroker() throws Exception {
    GateTopics topics = GateTopics.defaults();
    try (KraftBroker broker = new KraftBroker();
        ComplianceChecker checker = ComplianceChecker.builder().build()) {
      List<String> all = new ArrayList<>(topics.outputs());
      all.add(0, topics.input());
      broker.createTopics(3, all);

      // Written before the gate starts and after, so both catching up and live traffic are covered.
      Map<String, String> expectedVerdict = new HashMap<>();
      try (KafkaProducer<byte[], byte[]> producer = broker.producer()) {
        for (int i = 0; i < GOOD; i++) {
          String text =
              switch (i % 3) {
                case 0 -> PASS_TEXT;
                case 1 -> REVIEW_TEXT;
                default -> BLOCK_TEXT;
              };
          expectedVerdict.put(
              "k" + i,
              switch (i % 3) {
                case 0 -> "pass";
                case 1 -> "review";
                default -> "block";
              });
          producer.send(
              new ProducerRecord<>(topics.input(), bytes("k" + i), bytes(json("p" + i, text))));
          if (i == GOOD / 2) {
            producer.send(
                new ProducerRecord<>(
                    topics.input(), bytes("bad-json"), bytes("{\"text\":\"" + BLOCK_TEXT)));
            producer.send(
                new ProducerRecord<>(topics.input(), bytes("no-text"), bytes("{\"id\":\"x1\"}")));
            producer.send(
                new ProducerRecord<>(
                    topics.input(),
                    bytes("too-long"),
                    bytes(json("x2", BLOCK_TEXT.repeat(2_000)))));
            producer.send(
                new ProducerRecord<>(
                    topics.input(),
                    bytes("platform"),
                    bytes(
                        "{\"id\":\"x3\",\"text\":\""
                            + BLOCK_TEXT
                            + "\",\"platform\":\"myspace\"}")));
          }
        }
        producer.flush();
      }

      Properties p = new Properties();
      p.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      p.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "gate-it");
      p.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
      p.setProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
      ComplianceGate gate =
          new ComplianceGate(checker, topics, ComplianceGate.DEFAULT_MAX_DRAFT_BYTES);
      Properties config = ComplianceGate.streamsConfig(p);
      assertThat(config.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
          .isEqualTo("exactly_once_v2");
      try (KafkaStreams streams = new KafkaStreams(gate.topology(), config)) {
        streams.start();
        List<ConsumerRecord<byte[], byte[]>> reports =
            broker.read(List.of(topics.reports()), GOOD, 60_000);
        List<ConsumerRecord<byte[], byte[]>> routed =
            broker.read(
                List.of(topics.approved(), topics.review(), topics.blocked()), GOOD, 30_000);
        List<ConsumerRecord<byte[], byte[]>> dead =
            broker.read(List.of(topics.deadLetter()), 4, 30_000);

        assertThat(reports).hasSize(GOOD);
        Map<String, String> verdicts = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : reports) {
          JsonNode report = JSON.readTree(r.value());
          assertThat(verdicts.put(string(r.key()), report.get("verdict").asText()))
              .as("one report per draft")
              .isNull();
          assertThat(report.get("id").asText()).isEqualTo("p" + string(r.key()).substring(1));
        }
        assertThat(verdicts).isEqualTo(expectedVerdict);

        assertThat(routed).hasSize(GOOD);
        Map<String, String> routes =
            routed.stream().collect(Collectors.toMap(r -> string(r.key()), r -> r.topic()));
        for (Map.Entry<String, String> e : expectedVerdict.entrySet()) {
          String topic =
              switch (e.getValue()) {
                case "pass" -> topics.approved();
                case "review" -> topics.review();
                default -> topics.blocked();
              };
          assertThat(routes.get(e.getKey())).as(e.getKey()).isEqualTo(topic);
        }

        assertThat(dead)
            .extracting(r -> string(r.key()))
            .containsExactlyInAnyOrder("bad-json", "no-text", "too-long", "platform");
        for (ConsumerRecord<byte[], byte[]> r : dead) {
          assertThat(string(r.value()))
              .doesNotContain("943")
              .doesNotContain("07700")
              .doesNotContain("myspace");
          JsonNode letter = JSON.readTree(r.value());
          assertThat(letter.get("reason").asText()).isNotBlank();
          assertThat(letter.get("topic").asText()).isEqualTo(topics.input());
        }
        assertThat(gate.counts()).isEqualTo(new GateCounts(GOOD / 3, GOOD / 3, GOOD / 3, 4));
        // Nothing more arrives later: each draft was handled once.
        assertThat(broker.read(List.of(topics.reports()), GOOD + 1, 2_000)).hasSize(GOOD);
        streams.close(Duration.ofSeconds(20));
      }
      assertThat(Files.exists(stateDir)).isTrue();
    }
  }
}
