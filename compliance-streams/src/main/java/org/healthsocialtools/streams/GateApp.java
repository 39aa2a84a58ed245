package org.healthsocialtools.streams;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Policy;
import org.healthsocialtools.Severity;
import org.healthsocialtools.io.ProfileLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a compliance gate until stopped (SIGTERM / Ctrl-C close it cleanly):
 *
 * <pre>
 * java -jar compliance-streams/target/hst-streams.jar --bootstrap-servers localhost:9092
 * java -jar compliance-streams/target/hst-streams.jar --config gate.properties
 * </pre>
 *
 * The properties file holds any Kafka Streams or client setting plus the gate's own {@code hst.*}
 * keys: topics ({@code hst.topic.input}, {@code .reports}, {@code .approved}, {@code .review},
 * {@code .blocked}, {@code .dead-letter}), the organisation profile ({@code hst.profile}, a YAML
 * file), {@code hst.locale}, policy ({@code hst.disabled.rules} as a comma list, {@code
 * hst.severity.RULE-ID=info|warning|error}) and limits ({@code hst.max.draft.bytes}, {@code
 * hst.max.draft.chars}). Options on the command line win over the file.
 */
public final class GateApp {

  private static final Logger LOG = LoggerFactory.getLogger(GateApp.class);

  static final String USAGE =
      """
      Usage: java -jar hst-streams.jar [--bootstrap-servers HOST:PORT[,...]] [--config FILE]
                                       [--application-id ID] [--profile FILE]
      Checks drafts from a Kafka topic and routes them by verdict. See docs/streams.md.""";

  private GateApp() {}

  public static void main(String[] args) {
    Properties props;
    ComplianceChecker checker;
    try {
      props = arguments(args);
      if (props == null) {
        System.out.println(USAGE);
        return;
      }
      checker = checker(props);
    } catch (IllegalArgumentException e) {
      fail(System.err, e.getMessage());
      System.exit(2);
      return;
    }
    ComplianceGate gate =
        new ComplianceGate(
            checker,
            GateTopics.from(props),
            intSetting(props, "hst.max.draft.bytes", ComplianceGate.DEFAULT_MAX_DRAFT_BYTES));
    Properties streamsProps = ComplianceGate.streamsConfig(props);
    if (!StreamsConfig.EXACTLY_ONCE_V2.equals(
        streamsProps.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))) {
      LOG.warn(
          "processing.guarantee is {}: a crash can now duplicate reports and routed drafts",
          streamsProps.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }
    KafkaStreams streams = new KafkaStreams(gate.topology(), streamsProps);
    // A failed stream thread is replaced; with exactly-once its uncommitted work is redone by the
    // new thread.
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("stream thread failed; replacing it", e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch failed = new CountDownLatch(1);
    streams.setStateListener(
        (now, before) -> {
          if (now == KafkaStreams.State.ERROR) {
            failed.countDown();
          }
        });
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  streams.close();
                  checker.close();
                  LOG.info("stopped; counts {}", gate.counts());
                  stopped.countDown();
                },
                "hst-gate-shutdown"));
    try {
      gate.registerMBean(streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
    } catch (javax.management.JMException e) {
      LOG.warn("gate counts are not on JMX: {}", e.toString());
    }
    streams.start();
    LOG.info(
        "gate {} reading {}",
        streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
        gate.topics().input());
    try {
      failed.await();
      // Every stream thread has died (a replaced thread failing again is not this case): stop with
      // an error so
      // that the supervisor (systemd, Kubernetes) restarts the process.
      LOG.error("the gate stopped after an unrecoverable error; exiting");
      System.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The settings: the {@code --config} file, then the options over it. {@code null} for {@code
   * --help}.
   *
   * @throws IllegalArgumentException naming the option or file at fault
   */
  static Properties arguments(String[] args) {
    Properties cli = new Properties();
    Path config = null;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String a = rest.remove(0);
      if (a.equals("-h") || a.equals("--help")) {
        return null;
      }
      String name = a;
      String value;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else if (rest.isEmpty()) {
        throw new IllegalArgumentException(
            "option " + a + " needs a value, or is unknown\n" + USAGE);
      } else {
        value = rest.remove(0);
      }
      switch (name) {
        case "--bootstrap-servers" ->
            cli.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, value);
        case "--application-id" -> cli.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, value);
        case "--profile" -> cli.setProperty("hst.profile", value);
        case "--config" -> config = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    Properties p = new Properties();
    if (config != null) {
      try (InputStream in = Files.newInputStream(config)) {
        p.load(in);
      } catch (IOException e) {
        throw new IllegalArgumentException(config + ": cannot read: " + e.getMessage(), e);
      }
    }
    p.putAll(cli);
    if (p.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "").isBlank()) {
      throw new IllegalArgumentException(
          "no broker: give --bootstrap-servers or bootstrap.servers in --config\n" + USAGE);
    }
    return p;
  }

  /**
   * The checker the settings ask for: profile, locale, disabled rules, severity overrides and
   * length limit.
   *
   * @throws IllegalArgumentException naming the setting at fault
   */
  public static ComplianceChecker checker(Properties p) {
    ComplianceChecker.Builder b = ComplianceChecker.builder();
    String profile = p.getProperty("hst.profile");
    if (profile != null && !profile.isBlank()) {
      try {
        b.profile(ProfileLoader.load(Path.of(profile)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("hst.profile: " + e.getMessage(), e);
      }
    }
    if (p.getProperty("hst.locale") != null) {
      b.locale(p.getProperty("hst.locale"));
    }
    Policy policy = Policy.standard();
    for (String id : p.getProperty("hst.disabled.rules", "").split(",")) {
      if (!id.isBlank()) {
        policy = policy.disable(id.strip());
      }
    }
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("hst.severity.")) {
        try {
          String rule = k.substring("hst.severity.".length());
          policy = policy.withSeverity(rule, Severity.fromId(p.getProperty(k).strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(k + ": " + e.getMessage(), e);
        }
      }
    }
    b.policy(policy);
    b.maxPostLength(
        intSetting(p, "hst.max.draft.chars", ComplianceChecker.DEFAULT_MAX_POST_LENGTH));
    return b.build();
  }

  private static int intSetting(Properties p, String key, int dflt) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": expected a positive whole number");
    }
  }

  private static void fail(PrintStream err, String message) {
    err.println("hst-streams: " + message);
  }
}
