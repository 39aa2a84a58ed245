package org.healthsocialtools.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Report;

/**
 * Writes reports in the JSON shape of {@code report-format.md}: {@code id}, {@code verdict}, {@code
 * findings} (each with {@code ruleId}, {@code category}, {@code kind}, {@code severity}, {@code
 * start}, {@code end}, {@code text}, {@code message}, optional {@code suggestion}, and {@code
 * explanation}), then {@code language}. Thread-safe.
 */
public final class ReportJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ReportJson() {}

  /** One report as a single line of JSON (no trailing newline). {@code id} may be {@code null}. */
  public static String toLine(String id, Report report) {
    StringWriter w = new StringWriter(256);
    write(w, id, report);
    return w.toString();
  }

  public static void write(Writer out, String id, Report report) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(g, id, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report object to an open generator (for callers that nest it, such as batch
   * responses).
   */
  public static void write(JsonGenerator g, String id, Report report) throws IOException {
    g.writeStartObject();
    if (id != null) {
      g.writeStringField("id", id);
    }
    g.writeStringField("verdict", report.verdict().id());
    g.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      writeFinding(g, f);
    }
    g.writeEndArray();
    g.writeStringField("language", report.language());
    g.writeEndObject();
  }

  public static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("category", f.category().id());
    g.writeStringField("kind", f.kind().name());
    g.writeStringField("severity", f.severity().id());
    g.writeNumberField("start", f.start());
    g.writeNumberField("end", f.end());
    g.writeStringField("text", f.text());
    g.writeStringField("message", f.message());
    if (f.suggestion() != null) {
      g.writeStringField("suggestion", f.suggestion());
    }
    g.writeObjectFieldStart("explanation");
    g.writeStringField("matched", f.explanation().matched());
    g.writeNumberField("confidence", f.explanation().confidence());
    g.writeArrayFieldStart("evidence");
    for (String e : f.explanation().evidence()) {
      g.writeString(e);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }
}
