package org.healthsocialtools.streams.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Report;
import org.healthsocialtools.Verdict;
import org.healthsocialtools.io.ReportJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one draft per record and forwards, keyed as the input: the report to {@link #REPORTS}, the
 * draft itself (value and headers unchanged, plus {@code hst-verdict}) to the sink of its verdict,
 * or a reason to {@link #DEAD_LETTER}. One pass, no state, so any instance can take any partition.
 * Nothing here logs or forwards draft text except the report, whose findings quote their spans by
 * contract.
 */
public final class CheckProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  public static final String SOURCE = "drafts";
  public static final String CHECK = "check";
  public static final String REPORTS = "reports";
  public static final String APPROVED = "approved";
  public static final String REVIEW = "review";
  public static final String BLOCKED = "blocked";
  public static final String DEAD_LETTER = "dead-letter";

  /** Header on reports and routed drafts: {@code pass}, {@code review} or {@code block}. */
  public static final String VERDICT_HEADER = "hst-verdict";

  /** Header on dead letters: the field at fault. */
  public static final String FIELD_HEADER = "hst-dead-letter-field";

  private static final Logger LOG = LoggerFactory.getLogger(CheckProcessor.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final ComplianceChecker checker;
  private final DraftParser parser;
  private final Counters counters;
  private ProcessorContext<byte[], byte[]> context;

  public CheckProcessor(ComplianceChecker checker, DraftParser parser, Counters counters) {
    this.checker = checker;
    this.parser = parser;
    this.counters = counters;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    DraftParser.Parsed parsed = parser.parse(record.value());
    if (parsed instanceof DraftParser.Rejected r) {
      deadLetter(record, r);
      return;
    }
    DraftParser.Draft draft = (DraftParser.Draft) parsed;
    Report report;
    try {
      report = checker.check(draft.post());
    } catch (RuntimeException e) {
      // A defect in a rule must not stop the stream. The exception's class is safe to report; its
      // message may not be.
      deadLetter(
          record,
          new DraftParser.Rejected(
              "text",
              "the checker failed on this draft (" + e.getClass().getName() + "); please report it",
              draft.id()));
      return;
    }
    Verdict verdict = report.verdict();
    byte[] verdictId = verdict.id().getBytes(StandardCharsets.UTF_8);
    byte[] json = ReportJson.toLine(draft.id(), report).getBytes(StandardCharsets.UTF_8);
    // A verdict header sent with the draft is replaced, never trusted.
    Headers reportHeaders =
        new RecordHeaders(record.headers().toArray())
            .remove(VERDICT_HEADER)
            .add(VERDICT_HEADER, verdictId);
    context.forward(record.withValue(json).withHeaders(reportHeaders), REPORTS);
    Headers draftHeaders =
        new RecordHeaders(record.headers().toArray())
            .remove(VERDICT_HEADER)
            .add(VERDICT_HEADER, verdictId);
    String sink =
        switch (verdict) {
          case PASS -> APPROVED;
          case REVIEW -> REVIEW;
          case BLOCK -> BLOCKED;
        };
    context.forward(record.withHeaders(draftHeaders), sink);
    counters.verdict(verdict);
  }

  private void deadLetter(Record<byte[], byte[]> record, DraftParser.Rejected r) {
    RecordMetadata at = context.recordMetadata().orElse(null);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (r.id() != null) {
        g.writeStringField("id", r.id());
      }
      g.writeStringField("field", r.field());
      g.writeStringField("reason", r.reason());
      if (at != null) {
        g.writeStringField("topic", at.topic());
        g.writeNumberField("partition", at.partition());
        g.writeNumberField("offset", at.offset());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Fresh headers: the dead letter carries nothing of the record but its key.
    Headers headers =
        new RecordHeaders().add(FIELD_HEADER, r.field().getBytes(StandardCharsets.UTF_8));
    context.forward(record.withValue(out.toByteArray()).withHeaders(headers), DEAD_LETTER);
    counters.deadLetter();
    if (LOG.isInfoEnabled()) {
      LOG.info(
          "dead-lettered {}: {}",
          at == null ? "a record" : at.topic() + "-" + at.partition() + "@" + at.offset(),
          r.reason());
    }
  }
}
