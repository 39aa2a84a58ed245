package org.healthsocialtools.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.streams.Drafts.bytes;
import static org.healthsocialtools.streams.Drafts.json;
import static org.healthsocialtools.streams.Drafts.string;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.Test;

/** A defect in a rule dead-letters the one draft it failed on; the stream carries on. */
class FailingRuleTest {

  /**
   * Fails on drafts that mention a ward, with the draft in its message, as a careless rule might.
   */
  private static final class BrokenRule implements Rule {
    @Override
    public RuleInfo info() {
      return new RuleInfo(
          "test.broken",
          Kind.values()[0],
          Severity.WARNING,
          "Fails on purpose",
          "m",
          null,
          "https://example.org/guidance",
          "any",
          "",
          List.of());
    }

    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      if (post.original().contains("ward")) {
        throw new IllegalStateException("cannot handle: " + post.original());
      }
    }
  }

  @Test
  void aFailingRuleDeadLettersOnlyTheDraftItFailedOnAndNeverItsMessage() {
    try (ComplianceChecker checker =
        ComplianceChecker.builder()
            .useClasspathProviders(false)
            .addRule(new BrokenRule())
            .build()) {
      ComplianceGate gate = new ComplianceGate(checker, GateTopics.defaults(), 4_096);
      Properties p = new Properties();
      p.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      try (TopologyTestDriver driver =
          new TopologyTestDriver(gate.topology(), ComplianceGate.streamsConfig(p))) {
        TestInputTopic<byte[], byte[]> in =
            driver.createInputTopic("drafts", new ByteArraySerializer(), new ByteArraySerializer());
        TestOutputTopic<byte[], byte[]> dead =
            driver.createOutputTopic(
                "drafts-dead-letter", new ByteArrayDeserializer(), new ByteArrayDeserializer());
        TestOutputTopic<byte[], byte[]> reports =
            driver.createOutputTopic(
                "draft-reports", new ByteArrayDeserializer(), new ByteArrayDeserializer());
        in.pipeInput(bytes("k1"), bytes(json("p1", "Edna is on ward 7 today")));
        in.pipeInput(bytes("k2"), bytes(json("p2", "Flu clinic on Saturday")));

        String letter = string(dead.readValue());
        assertThat(letter)
            .contains("\"field\":\"text\"")
            .contains("java.lang.IllegalStateException")
            .doesNotContain("Edna")
            .doesNotContain("ward 7");
        assertThat(dead.isEmpty()).isTrue();
        assertThat(string(reports.readKeyValue().key)).isEqualTo("k2");
        assertThat(gate.counts()).isEqualTo(new GateCounts(1, 0, 0, 1));
      }
    }
  }
}
