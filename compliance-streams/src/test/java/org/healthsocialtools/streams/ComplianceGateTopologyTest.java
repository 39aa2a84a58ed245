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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Properties;
import javax.management.ObjectName;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.healthsocialtools.ComplianceChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplianceGateTopologyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static ComplianceChecker checker;

  private ComplianceGate gate;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> drafts;
  private TestOutputTopic<byte[], byte[]> reports;
  private TestOutputTopic<byte[], byte[]> approved;
  private TestOutputTopic<byte[], byte[]> review;
  private TestOutputTopic<byte[], byte[]> blocked;
  private TestOutputTopic<byte[], byte[]> deadLetter;

  @BeforeAll
  static void buildChecker() {
    checker = ComplianceChecker.builder().maxPostLength(1_000).build();
  }

  @AfterAll
  static void closeChecker() {
    checker.close();
  }

  @BeforeEach
  void start() {
    gate = new ComplianceGate(checker, GateTopics.defaults(), 4_096);
    Properties p = new Properties();
    p.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.setProperty("hst.topic.input", "drafts");
    driver = new TopologyTestDriver(gate.topology(), ComplianceGate.streamsConfig(p));
    ByteArraySerializer ser = new ByteArraySerializer();
    ByteArrayDeserializer de = new ByteArrayDeserializer();
    GateTopics t = gate.topics();
    drafts = driver.createInputTopic(t.input(), ser, ser);
    reports = driver.createOutputTopic(t.reports(), de, de);
    approved = driver.createOutputTopic(t.approved(), de, de);
    review = driver.createOutputTopic(t.review(), de, de);
    blocked = driver.createOutputTopic(t.blocked(), de, de);
    deadLetter = driver.createOutputTopic(t.deadLetter(), de, de);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void routesEachDraftByVerdictAndReportsItKeyedAsTheInput() throws IOException {
    drafts.pipeInput(bytes("k-pass"), bytes(json("p1", PASS_TEXT)));
    drafts.pipeInput(bytes("k-review"), bytes(json("p2", REVIEW_TEXT)));
    drafts.pipeInput(bytes("k-block"), bytes(json("p3", BLOCK_TEXT)));

    List<TestRecord<byte[], byte[]>> out = reports.readRecordsToList();
    assertThat(out).hasSize(3);
    assertThat(out)
        .extracting(r -> string(r.key()))
        .containsExactly("k-pass", "k-review", "k-block");
    JsonNode block = JSON.readTree(out.get(2).value());
    assertThat(block.get("id").asText()).isEqualTo("p3");
    assertThat(block.get("verdict").asText()).isEqualTo("block");
    assertThat(block.get("findings"))
        .anySatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("privacy.nhs-number"));
    assertThat(JSON.readTree(out.get(0).value()).get("verdict").asText()).isEqualTo("pass");
    assertThat(JSON.readTree(out.get(1).value()).get("verdict").asText()).isEqualTo("review");
    assertThat(string(out.get(1).headers().lastHeader("hst-verdict").value())).isEqualTo("review");

    TestRecord<byte[], byte[]> pass = approved.readRecord();
    assertThat(string(pass.key())).isEqualTo("k-pass");
    assertThat(string(pass.value()))
        .isEqualTo(json("p1", PASS_TEXT)); // the draft itself, unchanged
    assertThat(string(pass.headers().lastHeader("hst-verdict").value())).isEqualTo("pass");
    assertThat(string(review.readRecord().key())).isEqualTo("k-review");
    TestRecord<byte[], byte[]> held = blocked.readRecord();
    assertThat(string(held.key())).isEqualTo("k-block");
    assertThat(string(held.value())).isEqualTo(json("p3", BLOCK_TEXT));
    assertThat(approved.isEmpty()).isTrue();
    assertThat(review.isEmpty()).isTrue();
    assertThat(blocked.isEmpty()).isTrue();
    assertThat(deadLetter.isEmpty()).isTrue();
    assertThat(gate.counts()).isEqualTo(new GateCounts(1, 1, 1, 0));
  }

  @Test
  void inputHeadersTravelWithTheDraftAndItsReport() {
    org.apache.kafka.common.header.Headers h = new RecordHeaders().add("trace-id", bytes("t-77"));
    drafts.pipeInput(new TestRecord<>(bytes("k1"), bytes(json("p1", PASS_TEXT)), h));
    assertThat(string(reports.readRecord().headers().lastHeader("trace-id").value()))
        .isEqualTo("t-77");
    assertThat(string(approved.readRecord().headers().lastHeader("trace-id").value()))
        .isEqualTo("t-77");
  }

  @Test
  void badRecordsGoToTheDeadLetterTopicWithAReasonAndTheRestAreStillChecked() throws IOException {
    String secret = "Edna in bay 3";
    drafts.pipeInput(bytes("k1"), bytes("{\"id\":\"b1\",\"text\":\"" + secret)); // malformed
    drafts.pipeInput(bytes("k2"), bytes("{\"id\":\"b2\",\"body\":\"" + secret + "\"}")); // no text
    drafts.pipeInput(
        bytes("k3"), bytes(json("b3", secret + " " + "x".repeat(1_200)))); // over 1,000 chars
    drafts.pipeInput(
        bytes("k4"),
        bytes("{\"id\":\"b4\",\"text\":\"" + secret + "\",\"platform\":\"" + secret + "\"}"));
    drafts.pipeInput(
        bytes("k5"), bytes("{\"text\":\"" + "y".repeat(5_000) + "\"}")); // over 4,096 bytes
    drafts.pipeInput(bytes("k6"), (byte[]) null);
    drafts.pipeInput(bytes("k7"), bytes(json("p7", BLOCK_TEXT)));

    List<TestRecord<byte[], byte[]>> dead = deadLetter.readRecordsToList();
    assertThat(dead)
        .extracting(r -> string(r.key()))
        .containsExactly("k1", "k2", "k3", "k4", "k5", "k6");
    List<JsonNode> reasons = new java.util.ArrayList<>();
    for (TestRecord<byte[], byte[]> r : dead) {
      String value = string(r.value());
      assertThat(value).doesNotContain("Edna").doesNotContain("bay 3").doesNotContain("yyy");
      assertThat(r.headers().toArray())
          .extracting(x -> x.key())
          .containsExactly("hst-dead-letter-field");
      reasons.add(JSON.readTree(value));
    }
    assertThat(reasons)
        .extracting(n -> n.get("field").asText())
        .containsExactly("value", "text", "text", "platform", "value", "value");
    assertThat(reasons.get(0).get("reason").asText()).startsWith("value is not valid JSON");
    assertThat(reasons.get(1).get("reason").asText()).isEqualTo("field 'text' is missing");
    assertThat(reasons.get(1).get("id").asText()).isEqualTo("b2");
    assertThat(reasons.get(2).get("reason").asText())
        .contains("characters long; the limit is 1000");
    assertThat(reasons.get(3).get("reason").asText())
        .startsWith("field 'platform' is not a known platform");
    assertThat(reasons.get(4).get("reason").asText()).contains("bytes; the limit is 4096");
    assertThat(reasons.get(0).get("topic").asText()).isEqualTo("drafts");
    assertThat(reasons)
        .extracting(n -> n.get("offset").asLong())
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);

    assertThat(string(blocked.readRecord().key())).isEqualTo("k7");
    assertThat(reports.readRecordsToList()).hasSize(1);
    assertThat(gate.counts()).isEqualTo(new GateCounts(0, 0, 1, 6));
  }

  @Test
  void countsArePublishedOverJmx() throws Exception {
    ObjectName name = gate.registerMBean("topology-test");
    try {
      drafts.pipeInput(bytes("k"), bytes(json("p", BLOCK_TEXT)));
      drafts.pipeInput(bytes("k"), bytes("not json"));
      var server = ManagementFactory.getPlatformMBeanServer();
      assertThat(server.getAttribute(name, "Block")).isEqualTo(1L);
      assertThat(server.getAttribute(name, "DeadLetter")).isEqualTo(1L);
      assertThat(server.getAttribute(name, "Pass")).isEqualTo(0L);
    } finally {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    }
  }

  @Test
  void kafkaStreamsTopicMetricsCountRecordsInAndOutPerTopic() {
    drafts.pipeInput(bytes("k1"), bytes(json("p1", PASS_TEXT)));
    drafts.pipeInput(bytes("k2"), bytes("{}"));
    drafts.pipeInput(bytes("k3"), bytes(json("p3", PASS_TEXT)));
    assertThat(topicTotal("records-consumed-total", "drafts")).isEqualTo(3.0);
    assertThat(topicTotal("records-produced-total", "draft-reports")).isEqualTo(2.0);
    assertThat(topicTotal("records-produced-total", "drafts-approved")).isEqualTo(2.0);
    assertThat(topicTotal("records-produced-total", "drafts-dead-letter")).isEqualTo(1.0);
  }

  private double topicTotal(String metric, String topic) {
    return driver.metrics().entrySet().stream()
        .filter(
            e ->
                e.getKey().group().equals("stream-topic-metrics")
                    && e.getKey().name().equals(metric)
                    && topic.equals(e.getKey().tags().get("topic")))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .sum();
  }

  @Test
  void streamsConfigAsksForExactlyOnceAndDropsTheGatesOwnKeys() {
    Properties in = new Properties();
    in.setProperty("bootstrap.servers", "b:9092");
    in.setProperty("hst.topic.input", "x");
    in.setProperty("num.stream.threads", "3");
    Properties out = ComplianceGate.streamsConfig(in);
    assertThat(out.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(out.getProperty(StreamsConfig.APPLICATION_ID_CONFIG))
        .isEqualTo("hst-compliance-gate");
    assertThat(out.getProperty("num.stream.threads")).isEqualTo("3");
    assertThat(out.getProperty("bootstrap.servers")).isEqualTo("b:9092");
    assertThat(out.stringPropertyNames()).noneMatch(k -> k.startsWith("hst."));
  }
}
