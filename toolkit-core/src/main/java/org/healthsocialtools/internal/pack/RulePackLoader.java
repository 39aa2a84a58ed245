package org.healthsocialtools.internal.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RuleMetadata;
import org.healthsocialtools.rule.RulePackException;

/**
 * Reads a YAML rule pack: {@code pack} (name), optional {@code description}, optional {@code
 * defaults} (fields a rule inherits unless it sets them, if its type reads them) and {@code rules}.
 * Each rule binds to the record of its {@code type} ({@link RuleSpec}); a field its type does not
 * read is an error, as is anything {@link RuleMetadata} refuses. Validates each rule as it goes and
 * fails on the first problem, naming the file, line and rule id.
 */
public final class RulePackLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final Set<String> TOP_LEVEL = Set.of("pack", "description", "defaults", "rules");

  /** What {@code defaults} may set: every field of some rule type except {@code id}. */
  private static final Set<String> DEFAULTABLE = anyTypeFields();

  /**
   * Fields whose values are booleans; anywhere else a YAML boolean is a word someone forgot to
   * quote.
   */
  private static final Set<String> BOOLEAN_FIELDS =
      RuleSpec.TYPES.values().stream()
          .flatMap(t -> java.util.Arrays.stream(t.getRecordComponents()))
          .filter(c -> c.getType() == Boolean.class)
          .map(java.lang.reflect.RecordComponent::getName)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The fields of an example given as a mapping. */
  static final List<String> EXAMPLE_FIELDS = List.of("text", "platform", "locale");

  private RulePackLoader() {}

  /**
   * Rule packs larger than this are refused before parsing: the bundled packs are a few hundred KB
   * at most.
   */
  public static final int MAX_BYTES = 4 << 20;

  /**
   * @throws RulePackException naming {@code file}, and the line and rule where there is one
   */
  public static List<Rule> load(InputStream in, String file) {
    byte[] bytes = readBounded(in, file);
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonParser p = YAML.getFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new RulePackException(file + ": a rule pack is a mapping with 'pack' and 'rules'");
      }
      Map<String, Field> defaults = Map.of();
      boolean sawRules = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int fieldLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        if (!TOP_LEVEL.contains(field)) {
          throw new RulePackException(
              file
                  + ":"
                  + fieldLine
                  + ": unknown field '"
                  + field
                  + "' (expected "
                  + String.join(", ", TOP_LEVEL)
                  + ")");
        }
        if (field.equals("defaults")) {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new RulePackException(
                file + ":" + fieldLine + ": 'defaults' must be a mapping of rule fields");
          }
          defaults = fields(p, file, "defaults");
          for (Map.Entry<String, Field> d : defaults.entrySet()) {
            if (!DEFAULTABLE.contains(d.getKey())) {
              throw new RulePackException(
                  file
                      + ":"
                      + d.getValue().line()
                      + ": defaults: "
                      + (d.getKey().equals("id")
                          ? "'id' cannot have a default"
                          : "unknown field '" + d.getKey() + "'"));
            }
          }
        } else if (field.equals("rules")) {
          sawRules = true;
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new RulePackException(file + ":" + fieldLine + ": 'rules' must be a list");
          }
          int index = 0;
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
            int line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
              throw new RulePackException(
                  file + ":" + line + ": rules[" + index + "] must be a mapping with an id");
            }
            Rule rule = build(fields(p, file, "rules[" + index + "]"), defaults, file, line);
            if (!ids.add(rule.info().id())) {
              throw new RulePackException(
                  file + ":" + line + ": rule id '" + rule.info().id() + "' is used twice");
            }
            rules.add(rule);
          }
        } else {
          YAML.readTree(p);
        }
      }
      if (!sawRules) {
        throw new RulePackException(file + ": no 'rules' list");
      }
    } catch (JsonProcessingException e) {
      throw new RulePackException(file + line(e) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new RulePackException(file + ": cannot read: " + e.getMessage(), e);
    }
    return rules;
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() <= 0
        ? ""
        : ":" + e.getLocation().getLineNr();
  }

  /** Reads the whole pack, refusing more than {@link #MAX_BYTES}. */
  private static byte[] readBounded(InputStream in, String file) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new RulePackException(file + ": rule pack is larger than " + MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new RulePackException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads one mapping field by field, keeping the line of each field so that errors can point at
   * it.
   *
   * @throws RulePackException on a key given twice (YAML would silently keep the last)
   */
  private static Map<String, Field> fields(JsonParser p, String file, String what)
      throws IOException {
    Map<String, Field> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int line = p.currentTokenLocation().getLineNr();
      p.nextToken();
      if (out.put(name, new Field(YAML.readTree(p), line)) != null) {
        throw new RulePackException(
            file + ":" + line + ": " + what + ": '" + name + "' is given twice");
      }
    }
    return out;
  }

  /** A field of a rule or of the defaults: its value and the line it starts on. */
  private record Field(JsonNode value, int line) {}

  /** Every field some rule type reads: what {@code defaults} may set ({@code id} aside). */
  private static Set<String> anyTypeFields() {
    Set<String> all = new LinkedHashSet<>();
    for (Class<? extends RuleSpec> t : RuleSpec.TYPES.values()) {
      all.addAll(RuleSpec.fields(t));
    }
    all.remove("id");
    return all;
  }

  /** Types whose records have {@code field}, for the message about a misplaced field. */
  private static List<String> typesWith(String field) {
    return RuleSpec.TYPES.entrySet().stream()
        .filter(e -> RuleSpec.fields(e.getValue()).contains(field))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Rule build(
      Map<String, Field> rule, Map<String, Field> defaults, String file, int line) {
    Field idField = rule.get("id");
    String id = idField != null && idField.value().isValueNode() ? idField.value().asText() : "?";
    String where = file + ":" + line + ": rule '" + id + "': ";
    Field typeField = rule.containsKey("type") ? rule.get("type") : defaults.get("type");
    if (typeField == null || typeField.value().isNull() || typeField.value().asText().isBlank()) {
      throw new RulePackException(where + "missing 'type'");
    }
    String type = typeField.value().asText();
    Class<? extends RuleSpec> record = RuleSpec.TYPES.get(type);
    if (record == null) {
      throw new RulePackException(
          file
              + ":"
              + typeField.line()
              + ": rule '"
              + id
              + "': unknown type '"
              + type
              + "' (expected "
              + String.join(", ", RuleSpec.TYPES.keySet())
              + ")");
    }
    Set<String> accepted = RuleSpec.fields(record);
    ObjectNode merged = YAML.createObjectNode();
    // A default applies to the rules whose type reads it: a pack's skipQuoted default reaches its
    // term rules and
    // leaves its metric rules alone.
    defaults.forEach(
        (name, f) -> {
          if (accepted.contains(name) && !rule.containsKey(name)) {
            merged.set(name, f.value());
          }
        });
    for (Map.Entry<String, Field> e : rule.entrySet()) {
      String name = e.getKey();
      if (!accepted.contains(name)) {
        List<String> owners = typesWith(name);
        throw new RulePackException(
            file
                + ":"
                + e.getValue().line()
                + ": rule '"
                + id
                + "': "
                + (owners.isEmpty()
                    ? "unknown field '" + name + "'"
                    : "'"
                        + name
                        + "' is a field of "
                        + String.join(" and ", owners)
                        + " rules; a "
                        + type
                        + " rule does not read it"));
      }
      merged.set(name, e.getValue().value());
    }
    for (Map.Entry<String, JsonNode> e : merged.properties()) {
      if (e.getValue().isBoolean() && !BOOLEAN_FIELDS.contains(e.getKey())
          || e.getValue().isArray() && e.getValue().valueStream().anyMatch(JsonNode::isBoolean)) {
        // YAML reads unquoted true/false (and in places yes/no/on/off) as booleans; Jackson would
        // quietly turn
        // them back into the strings "true" and "false", so a term written as no would silently
        // become false.
        Field f = rule.getOrDefault(e.getKey(), defaults.get(e.getKey()));
        throw new RulePackException(
            file
                + ":"
                + f.line()
                + ": rule '"
                + id
                + "': '"
                + e.getKey()
                + "' holds a YAML boolean; quote words such as \"false\", \"no\" or \"on\"");
      }
    }
    RuleSpec s;
    try {
      s = YAML.treeToValue(merged, RuleSpec.class);
    } catch (JsonMappingException e) {
      String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
      Field f = field == null ? null : rule.getOrDefault(field, defaults.get(field));
      String at = f == null ? where : file + ":" + f.line() + ": rule '" + id + "': ";
      throw new RulePackException(
          at + (field == null ? "" : "'" + field + "': ") + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new RulePackException(where + e.getOriginalMessage(), e);
    }
    try {
      return toRule(s);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RulePackException(where + e.getMessage(), e);
    }
  }

  static Rule toRule(RuleSpec s) {
    require(s.id(), "id");
    require(s.kind(), "kind");
    require(s.severity(), "severity");
    require(s.summary(), "summary");
    require(s.message(), "message");
    require(s.guidance(), "guidance");
    RuleInfo info =
        new RuleInfo(
            s.id(),
            Kind.fromId(s.kind()),
            Severity.fromId(s.severity()),
            s.summary(),
            s.message(),
            s.suggestion(),
            s.guidance(),
            s.locale(),
            s.source(),
            examples(s.examples()),
            s.description(),
            s.regional() == null ? Map.of() : RuleInfo.regional(s.regional()));
    RuleMetadata.check(info);
    return s.toRule(info);
  }

  private static List<Example> examples(RuleSpec.Examples examples) {
    List<Example> out = new ArrayList<>();
    if (examples != null) {
      for (JsonNode n : RuleSpec.list(examples.flags())) {
        out.add(example(n, true));
      }
      for (JsonNode n : RuleSpec.list(examples.passes())) {
        out.add(example(n, false));
      }
    }
    return out;
  }

  private static Example example(JsonNode n, boolean flags) {
    if (n.isTextual()) {
      return new Example(n.asText(), flags, null, null);
    }
    if (!n.isObject() || !n.hasNonNull("text")) {
      throw new IllegalArgumentException("an example is a string or a mapping with 'text'");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!EXAMPLE_FIELDS.contains(f)) {
        throw new IllegalArgumentException(
            "unknown example field '"
                + f
                + "' (expected "
                + String.join(", ", EXAMPLE_FIELDS)
                + ")");
      }
    }
    return new Example(n.get("text").asText(), flags, text(n, "platform"), text(n, "locale"));
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static void require(Object value, String field) {
    if (value == null || value instanceof String str && str.isBlank()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
  }
}
