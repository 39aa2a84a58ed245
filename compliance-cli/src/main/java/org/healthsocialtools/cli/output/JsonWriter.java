package org.healthsocialtools.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.cli.run.Checked;
import org.healthsocialtools.io.ReportJson;

/**
 * One JSON document: {@code {"reports": [...], "suppressed": [...], "summary": {...}}}. Reports are
 * those of {@code report-format.md}, streamed as they come; {@code suppressed} lists accepted and
 * baseline findings by report id, rule id, fingerprint and reason (kept in memory: there are few).
 */
public final class JsonWriter implements ReportWriter {
  private final JsonGenerator g;
  private final List<String[]> suppressed = new ArrayList<>();

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
  public void write(Checked c) throws IOException {
    if (c.isError()) {
      return;
    }
    ReportJson.write(g, c.item().id(), c.report());
    for (Checked.Flagged f : c.findings()) {
      if (f.suppressed()) {
        suppressed.add(
            new String[] {
              c.item().id(),
              f.finding().ruleId(),
              f.fingerprint(),
              f.suppression().accepted() ? "accepted" : "baseline",
              f.suppression().reason()
            });
      }
    }
  }

  @Override
  public void finish(Summary s) throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("suppressed");
    for (String[] x : suppressed) {
      g.writeStartObject();
      g.writeStringField("id", x[0]);
      g.writeStringField("ruleId", x[1]);
      g.writeStringField("fingerprint", x[2]);
      g.writeStringField("status", x[3]);
      g.writeStringField("reason", x[4]);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("posts", s.posts());
    g.writeNumberField("blocked", s.blocked());
    g.writeNumberField("review", s.review());
    g.writeNumberField("passed", s.passed());
    g.writeNumberField("accepted", s.accepted());
    g.writeNumberField("baseline", s.baselined());
    g.writeNumberField("inputErrors", s.inputErrors());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
  }
}
