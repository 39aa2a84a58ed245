package org.healthsocialtools.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Severity;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.run.Checked;
import org.healthsocialtools.rule.RuleInfo;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; {@code tool.driver.rules}
 * describes every rule the checker ran (summary, help, guidance URI, default level, category and
 * kind as tags); each finding is a result with a physical location: file, line and column range for
 * text and Markdown files, the line where the post starts for JSON and the line where the row
 * starts for calendars (the row number is in the message). {@code
 * partialFingerprints["hstFinding/v1"]} is the run-independent fingerprint (see {@code
 * Fingerprints}). Accepted findings carry an external {@code accepted} suppression with the reason;
 * with a baseline, each result has {@code baselineState} {@code new} or {@code unchanged}. Input
 * errors are tool execution notifications. Results are streamed; only input errors (at most {@link
 * #MAX_NOTIFICATIONS}) are held.
 */
public final class SarifWriter implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final int MAX_NOTIFICATIONS = 1000;

  private final JsonGenerator g;
  private final List<RuleInfo> rules;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final String version;
  private final boolean baseline;
  private final List<Checked> errors = new ArrayList<>();

  /**
   * @param rules the rules the checker ran, in its order
   * @param version the tool version
   * @param baseline whether a baseline was given (then every result gets a {@code baselineState})
   */
  public SarifWriter(Writer out, List<RuleInfo> rules, String version, boolean baseline)
      throws IOException {
    this.g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.rules = rules;
    this.version = version;
    this.baseline = baseline;
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
  }

  @Override
  public void start() throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "hst");
    g.writeStringField("fullName", "Health Social Tools");
    g.writeStringField("version", version);
    g.writeArrayFieldStart("rules");
    for (RuleInfo r : rules) {
      writeRule(r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("results");
  }

  private void writeRule(RuleInfo r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("name", name(r.id()));
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.summary());
    g.writeEndObject();
    StringBuilder help = new StringBuilder(r.summary()).append('.');
    if (r.suggestion() != null) {
      help.append(" Fix: ").append(r.suggestion());
    }
    help.append("\n\nGuidance: ").append(r.guidance());
    if (!r.source().isEmpty()) {
      help.append(" (").append(r.source()).append(')');
    }
    g.writeObjectFieldStart("help");
    g.writeStringField("text", help.toString());
    g.writeStringField(
        "markdown",
        "**"
            + r.summary()
            + "**"
            + (r.suggestion() == null ? "" : "\n\nFix: " + r.suggestion())
            + "\n\n[Guidance]("
            + r.guidance()
            + ")");
    g.writeEndObject();
    if (isAbsoluteUri(r.guidance())) {
      g.writeStringField("helpUri", r.guidance());
    }
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(r.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString(r.category().id());
    g.writeString(r.kind().name());
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void write(Checked c) throws IOException {
    if (c.isError()) {
      if (errors.size() < MAX_NOTIFICATIONS) {
        errors.add(c);
      }
      return;
    }
    InputItem item = c.item();
    for (Checked.Flagged flagged : c.findings()) {
      Finding f = flagged.finding();
      g.writeStartObject();
      g.writeStringField("ruleId", f.ruleId());
      Integer idx = ruleIndex.get(f.ruleId());
      if (idx != null) {
        g.writeNumberField("ruleIndex", idx);
      }
      g.writeStringField("level", level(f.severity()));
      g.writeObjectFieldStart("message");
      g.writeStringField(
          "text",
          f.message()
              + (item.row() > 0 ? " (row " + item.row() + ")" : "")
              + (f.suggestion() == null ? "" : " Fix: " + f.suggestion()));
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      writeLocation(item, Position.of(item, f));
      g.writeEndArray();
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField("hstFinding/v1", flagged.fingerprint());
      g.writeEndObject();
      if (flagged.suppressed() && flagged.suppression().accepted()) {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "external");
        g.writeStringField("status", "accepted");
        g.writeStringField("justification", flagged.suppression().reason());
        g.writeEndObject();
        g.writeEndArray();
      }
      if (baseline) {
        g.writeStringField(
            "baselineState",
            flagged.suppressed() && !flagged.suppression().accepted() ? "unchanged" : "new");
      }
      g.writeObjectFieldStart("properties");
      g.writeStringField("postId", item.id());
      if (item.row() > 0) {
        g.writeNumberField("row", item.row());
      }
      g.writeStringField("category", f.category().id());
      g.writeStringField("kind", f.kind().name());
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private void writeLocation(InputItem item, Position p) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(item.file()));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", p.line());
    if (p.column() > 0) {
      g.writeNumberField("startColumn", p.column());
      g.writeNumberField("endLine", p.endLine());
      g.writeNumberField(
          "endColumn", Math.max(p.endColumn(), p.endLine() == p.line() ? p.column() : 1));
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void finish(Summary summary) throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", summary.inputErrors() == 0);
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (Checked c : errors) {
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("message");
      g.writeStringField("text", c.item().location() + ": " + c.item().error());
      g.writeEndObject();
      if (c.item().line() > 0 && !c.item().file().startsWith("<")) {
        g.writeArrayFieldStart("locations");
        writeLocation(c.item(), new Position(c.item().line(), 0, 0, 0));
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * {@code privacy.nhs-number} as {@code PrivacyNhsNumber}, the identifier-like name SARIF viewers
   * show.
   */
  static String name(String id) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char ch : id.toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      } else {
        up = true;
      }
    }
    return b.toString();
  }

  /**
   * A relative URI reference for a file path: {@code /} separators, each segment percent-encoded as
   * needed.
   */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      return path.replace(" ", "%20");
    }
  }

  private static boolean isAbsoluteUri(String s) {
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
