package org.healthsocialtools.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.healthsocialtools.Report;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.io.ReportJson;

/** One JSON document: {@code {"reports": [...], "summary": {...}}}, reports streamed as they come. */
public final class JsonWriter implements ReportWriter {
  private final JsonGenerator g;

  public JsonWriter(Writer out) throws IOException {
    this.g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public void start() throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("reports");
  }

  @Override
  public void report(InputItem item, Report report) throws IOException {
    ReportJson.write(g, item.id(), report);
  }

  @Override
  public void finish(Summary s) throws IOException {
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("posts", s.posts());
    g.writeNumberField("blocked", s.blocked());
    g.writeNumberField("review", s.review());
    g.writeNumberField("passed", s.passed());
    g.writeNumberField("inputErrors", s.inputErrors());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
  }
}
