package org.healthsocialtools.internal.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Severity;
import org.healthsocialtools.internal.kinds.Metric;
import org.healthsocialtools.internal.kinds.MetricRule;
import org.healthsocialtools.internal.kinds.PatternRule;
import org.healthsocialtools.internal.kinds.TermRule;
import org.healthsocialtools.internal.match.TermIndex;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RulePackException;

/**
 * Reads a YAML rule pack: {@code pack} (name), optional {@code defaults} (fields every rule inherits unless it
 * sets them) and {@code rules}. Validates each rule as it goes and fails on the first problem, naming the file,
 * line and rule id.
 */
public final class RulePackLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final Set<String> TOP_LEVEL = Set.of("pack", "description", "defaults", "rules");
  private static final Set<String> TYPES = Set.of("term", "proximity", "pattern", "metric");
  private static final com.google.re2j.Pattern RULE_ID =
      com.google.re2j.Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private RulePackLoader() {}

  /** Rule packs larger than this are refused before parsing: the bundled packs are a few hundred KB at most. */
  public static final int MAX_BYTES = 4 << 20;

  /** @throws RulePackException naming {@code file}, and the line and rule where there is one */
  public static List<Rule> load(InputStream in, String file) {
    byte[] bytes = readBounded(in, file);
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonParser p = YAML.getFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new RulePackException(file + ": a rule pack is a mapping with 'pack' and 'rules'");
      }
      ObjectNode defaults = YAML.createObjectNode();
      boolean sawRules = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int fieldLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        if (!TOP_LEVEL.contains(field)) {
          throw new RulePackException(file + ":" + fieldLine + ": unknown field '" + field + "' (expected "
              + String.join(", ", TOP_LEVEL) + ")");
        }
        if (field.equals("defaults")) {
          if (!(YAML.readTree(p) instanceof ObjectNode d)) {
            throw new RulePackException(file + ":" + fieldLine + ": 'defaults' must be a mapping of rule fields");
          }
          defaults = d;
        } else if (field.equals("rules")) {
          sawRules = true;
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new RulePackException(file + ":" + fieldLine + ": 'rules' must be a list");
          }
          int index = 0;
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
            int line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
              throw new RulePackException(file + ":" + line + ": rules[" + index + "] must be a mapping with an id");
            }
            Rule rule = build((ObjectNode) YAML.readTree(p), defaults, file, line);
            if (!ids.add(rule.info().id())) {
              throw new RulePackException(file + ":" + line + ": rule id '" + rule.info().id() + "' is used twice");
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
    return e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? "" : ":" + e.getLocation().getLineNr();
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

  private static Rule build(ObjectNode node, ObjectNode defaults, String file, int line) {
    String where = file + ":" + line + ": rule '" + (node.hasNonNull("id") ? node.get("id").asText() : "?") + "': ";
    ObjectNode merged = defaults.deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      merged.set(e.getKey(), e.getValue());
    }
    RuleSpec s;
    try {
      s = YAML.treeToValue(merged, RuleSpec.class);
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
    require(s.id, "id");
    if (!RULE_ID.matches(s.id)) {
      throw new IllegalArgumentException("id must be dotted lower case such as 'tone.suffers-from'");
    }
    require(s.type, "type");
    if (!TYPES.contains(s.type)) {
      throw new IllegalArgumentException("unknown type '" + s.type + "' (expected " + String.join(", ", TYPES) + ")");
    }
    require(s.kind, "kind");
    require(s.severity, "severity");
    require(s.summary, "summary");
    require(s.message, "message");
    require(s.guidance, "guidance");
    if (!s.guidance.startsWith("https://") && !s.guidance.startsWith("http://")) {
      throw new IllegalArgumentException("guidance must be an http(s) link, not '" + s.guidance + "'");
    }
    if (s.summary.endsWith(".")) {
      throw new IllegalArgumentException("summary should not end with a period");
    }
    RuleInfo info = new RuleInfo(s.id, Kind.fromId(s.kind), Severity.fromId(s.severity), s.summary, s.message,
        s.suggestion, s.guidance, s.locale, s.source, examples(s),
        s.regional == null ? Map.of() : RuleInfo.regional(s.regional));
    return switch (s.type) {
      case "term", "proximity" -> term(info, s);
      case "pattern" -> pattern(info, s);
      default -> metric(info, s);
    };
  }

  private static List<Example> examples(RuleSpec s) {
    if (s.examples == null || s.examples.flags == null || s.examples.flags.isEmpty()
        || s.examples.passes == null || s.examples.passes.isEmpty()) {
      throw new IllegalArgumentException("needs examples with at least one 'flags' and one 'passes' entry");
    }
    List<Example> out = new ArrayList<>();
    for (JsonNode n : s.examples.flags) {
      Example e = example(n, true);
      if (e.expectedSpans().isEmpty()) {
        throw new IllegalArgumentException("flagged example '" + e.text() + "' marks no span with [[...]]");
      }
      out.add(e);
    }
    for (JsonNode n : s.examples.passes) {
      out.add(example(n, false));
    }
    return out;
  }

  private static Example example(JsonNode n, boolean flags) {
    if (n.isTextual()) {
      return new Example(n.asText(), flags, null, null);
    }
    if (!n.hasNonNull("text")) {
      throw new IllegalArgumentException("an example is a string or a mapping with 'text'");
    }
    return new Example(n.get("text").asText(), flags, text(n, "platform"), text(n, "locale"));
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Rule term(RuleInfo info, RuleSpec s) {
    boolean proximity = s.type.equals("proximity");
    if ((s.terms == null || s.terms.isEmpty()) && (s.substitutions == null || s.substitutions.isEmpty())) {
      throw new IllegalArgumentException("needs 'terms' or 'substitutions'");
    }
    if (s.within != null && s.within < 0) {
      throw new IllegalArgumentException("within must be 0 or more tokens, not " + s.within);
    }
    if (proximity && (s.near == null || s.near.isEmpty())) {
      throw new IllegalArgumentException("a proximity rule needs 'near'");
    }
    boolean stem = s.match == null || s.match.equals("stem");
    if (s.match != null && !s.match.equals("stem") && !s.match.equals("exact")) {
      throw new IllegalArgumentException("match must be 'stem' or 'exact'");
    }
    List<String> substituted = s.substitutions == null ? List.of() : List.copyOf(s.substitutions.keySet());
    for (List<String> phrases : List.of(list(s.terms), substituted, list(s.exceptions), list(s.near),
        list(s.notNear), list(s.unlessPostContains))) {
      phrases.forEach(TermIndex::validate);
    }
    Set<String> pos = new HashSet<>();
    for (String p : list(s.pos)) {
      pos.add(p.toUpperCase(Locale.ROOT));
    }
    TermRule.Spec spec = new TermRule.Spec(list(s.terms), s.substitutions == null ? Map.of() : s.substitutions,
        stem, list(s.exceptions), list(s.near), list(s.notNear), s.within == null ? 8 : s.within, Set.copyOf(pos),
        Boolean.TRUE.equals(s.caseSensitive), list(s.unlessPostContains), Boolean.TRUE.equals(s.skipQuoted),
        Boolean.TRUE.equals(s.unlessExplained));
    return new TermRule(info, spec);
  }

  private static Rule pattern(RuleInfo info, RuleSpec s) {
    require(s.pattern, "pattern");
    PatternRule.Spec spec = new PatternRule.Spec(s.pattern, !Boolean.FALSE.equals(s.ignoreCase),
        s.group == null ? 0 : s.group, s.validator, list(s.context), s.window == null ? 40 : s.window,
        s.severityWithoutContext == null ? null : Severity.fromId(s.severityWithoutContext), s.except,
        list(s.requires).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList(),
        s.minDigits == null ? 0 : s.minDigits);
    return new PatternRule(info, spec);
  }

  private static Rule metric(RuleInfo info, RuleSpec s) {
    require(s.metric, "metric");
    Metric metric;
    try {
      metric = Metric.fromId(s.metric);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown metric '" + s.metric + "'");
    }
    Map<Platform, Double> limits = new EnumMap<>(Platform.class);
    if (s.limits != null) {
      s.limits.forEach((k, v) -> limits.put(Platform.fromId(k), v));
    }
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    for (String p : list(s.platforms)) {
      platforms.add(Platform.fromId(p));
    }
    return new MetricRule(info, new MetricRule.Spec(metric, s.min, s.max, Map.copyOf(limits),
        Set.copyOf(platforms), s.minWords == null ? 0 : s.minWords));
  }

  private static List<String> list(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static void require(Object value, String field) {
    if (value == null || value instanceof String str && str.isBlank()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
  }
}
