package org.healthsocialtools.cli.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The baseline file: the fingerprints of findings a team has chosen to live with for now, so that
 * only new findings fail. It holds rule ids, fingerprints and locations, never draft text.
 *
 * <pre>
 * {"version": 1, "findings": [{"fingerprint": "...", "ruleId": "privacy.nhs-number", "location": "cal.csv:4"}]}
 * </pre>
 */
public final class Baseline {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonGenerator g;

  /**
   * Starts writing a baseline to {@code out}; call {@link #add} per finding and {@link #close} at
   * the end.
   */
  public Baseline(Writer out) throws IOException {
    g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeNumberField("version", 1);
    g.writeArrayFieldStart("findings");
  }

  public void add(Checked c) throws IOException {
    for (Checked.Flagged f : c.findings()) {
      if (f.suppression() != null && f.suppression().accepted()) {
        continue; // accepted findings are accounted for in the project file
      }
      g.writeStartObject();
      g.writeStringField("fingerprint", f.fingerprint());
      g.writeStringField("ruleId", f.finding().ruleId());
      g.writeStringField("location", c.item().location());
      g.writeEndObject();
    }
  }

  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.close();
  }

  /** The fingerprints in a baseline file. @throws IOException naming the file and what is wrong */
  public static Set<String> read(Path file) throws IOException {
    if (!java.nio.file.Files.exists(file)) {
      throw new IOException(
          file
              + ": no such baseline file: create it with 'hst baseline --output "
              + file
              + " FILE...' over the posts already published, or leave out --baseline");
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.newBufferedReader(file));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IOException(
          file + (line > 0 ? ":" + line : "") + ": not a baseline file: " + e.getOriginalMessage());
    }
    if (root == null || !root.path("findings").isArray() || root.path("version").asInt() != 1) {
      throw new IOException(
          file
              + ": not a version 1 baseline file (expected {\"version\": 1, \"findings\": [...]})");
    }
    Set<String> out = new HashSet<>();
    for (JsonNode f : root.get("findings")) {
      if (!f.path("fingerprint").isTextual()) {
        throw new IOException(file + ": a finding has no 'fingerprint'");
      }
      out.add(f.get("fingerprint").asText());
    }
    return out;
  }
}
