package org.healthsocialtools.internal.pack;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Severity;
import org.healthsocialtools.internal.kinds.Metric;

/**
 * Generates the JSON Schema of rule packs from the {@link RuleSpec} records, so that editors can
 * validate and complete pack files (VS Code's YAML extension: {@code # yaml-language-server:
 * $schema=...}). The schema is committed as {@value #RESOURCE}; a test fails when it differs from
 * what the records generate. Regenerate with
 *
 * <pre>
 * java -cp toolkit-core/target/classes:$(deps) org.healthsocialtools.internal.pack.PackSchema FILE
 * </pre>
 *
 * or simply copy the test's expected output. A rule that takes its {@code type} from {@code
 * defaults} is checked against every kind ({@code anyOf}), so the schema is a little looser there
 * than the loader, which also checks what no schema can (patterns compile, examples behave).
 */
final class PackSchema {

  /**
   * Where the generated schema lives, on the class path and under {@code
   * toolkit-core/src/main/resources}.
   */
  static final String RESOURCE = "hst/schema/rule-pack.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What each field means, for editors' hover text. Every record field must have an entry (tested).
   */
  static final Map<String, String> DOCS = docs();

  private PackSchema() {}

  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), json(), StandardCharsets.UTF_8);
  }

  /** The schema, pretty-printed with two-space indents and a final newline. */
  static String json() {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return JSON.writer(pp).writeValueAsString(schema()) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode schema() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Health Social Tools rule pack");
    root.put(
        "description",
        "A YAML rule pack. Generated from the rule records by PackSchema; do not edit by hand."
            + " See docs/rule-packs.md.");
    root.put("type", "object");
    root.putArray("required").add("pack").add("rules");
    root.put("additionalProperties", false);
    ObjectNode props = root.putObject("properties");
    props.putObject("pack").put("type", "string").put("description", "The pack's name.");
    props
        .putObject("description")
        .put("type", "string")
        .put("description", "What the pack is for.");
    props.putObject("defaults").put("$ref", "#/$defs/defaults");
    props
        .putObject("rules")
        .put("type", "array")
        .put("description", "The rules, each a mapping with an id.")
        .putObject("items")
        .put("$ref", "#/$defs/rule");

    ObjectNode defs = root.putObject("$defs");
    defs.set("example", example());
    ObjectNode examples =
        defs.putObject("examples").put("type", "object").put("additionalProperties", false);
    examples.putArray("required").add("flags").add("passes");
    ObjectNode ep = examples.putObject("properties");
    ep.putObject("flags")
        .put("type", "array")
        .put("minItems", 1)
        .put("description", "Texts the rule must flag, each expected span marked [[...]].")
        .putObject("items")
        .put("$ref", "#/$defs/example");
    ep.putObject("passes")
        .put("type", "array")
        .put("minItems", 1)
        .put("description", "Texts the rule must pass, without marks.")
        .putObject("items")
        .put("$ref", "#/$defs/example");

    ObjectNode defaults =
        defs.putObject("defaults")
            .put("type", "object")
            .put("additionalProperties", false)
            .put(
                "description",
                "Fields a rule inherits unless it sets them, if its type reads them.");
    ObjectNode dp = defaults.putObject("properties");
    ObjectNode rule = defs.putObject("rule").put("type", "object");
    rule.putArray("required").add("id");
    ArrayNode anyOf = rule.putArray("anyOf");
    for (Map.Entry<Class<? extends RuleSpec>, List<String>> kind : kinds().entrySet()) {
      String name = kind.getValue().get(0);
      ObjectNode k = defs.putObject(name).put("type", "object").put("additionalProperties", false);
      ObjectNode kp = k.putObject("properties");
      for (RecordComponent c : kind.getKey().getRecordComponents()) {
        ObjectNode p = c.getName().equals("type") ? typeField(kind.getValue()) : field(c);
        kp.set(c.getName(), p);
        if (!c.getName().equals("id") && !dp.has(c.getName())) {
          dp.set(
              c.getName(),
              c.getName().equals("type") ? typeField(List.copyOf(RuleSpec.TYPES.keySet())) : p);
        }
      }
      anyOf.addObject().put("$ref", "#/$defs/" + name);
    }
    return root;
  }

  /** Each record with the type names that select it, in {@link RuleSpec#TYPES} order. */
  private static Map<Class<? extends RuleSpec>, List<String>> kinds() {
    Map<Class<? extends RuleSpec>, List<String>> m = new java.util.LinkedHashMap<>();
    RuleSpec.TYPES.forEach(
        (name, type) -> m.computeIfAbsent(type, t -> new java.util.ArrayList<>()).add(name));
    return m;
  }

  private static ObjectNode typeField(List<String> names) {
    ObjectNode n = JSON.createObjectNode().put("description", DOCS.get("type"));
    ArrayNode e = n.putArray("enum");
    names.forEach(e::add);
    return n;
  }

  private static ObjectNode example() {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode one = n.putArray("oneOf");
    one.addObject().put("type", "string");
    ObjectNode o = one.addObject().put("type", "object").put("additionalProperties", false);
    o.putArray("required").add("text");
    ObjectNode p = o.putObject("properties");
    p.putObject("text").put("type", "string");
    enumOf(
        p.putObject("platform")
            .put("description", "Check the example as a post for this platform."),
        platforms());
    p.putObject("locale")
        .put("type", "string")
        .put("description", "Check the example as a post in this locale.");
    return n;
  }

  private static ObjectNode field(RecordComponent c) {
    String name = c.getName();
    String doc = DOCS.get(name);
    if (doc == null) {
      throw new IllegalStateException("PackSchema.DOCS has no entry for field '" + name + "'");
    }
    ObjectNode n = JSON.createObjectNode();
    if (name.equals("examples")) {
      return n.put("$ref", "#/$defs/examples").put("description", doc);
    }
    n.put("description", doc);
    Type t = c.getGenericType();
    if (t == String.class) {
      Set<String> values = ENUMS.get(name);
      if (values == null) {
        n.put("type", "string");
      } else {
        enumOf(n, values);
      }
    } else if (t == Integer.class) {
      n.put("type", "integer").put("minimum", 0);
    } else if (t == Double.class) {
      n.put("type", "number");
    } else if (t == Boolean.class) {
      n.put("type", "boolean");
    } else if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
      ObjectNode items = n.put("type", "array").putObject("items");
      if (name.equals("platforms")) {
        enumOf(items, platforms());
      } else {
        items.put("type", "string");
      }
    } else if (t instanceof ParameterizedType pt && pt.getRawType() == Map.class) {
      n.put("type", "object");
      if (name.equals("limits")) {
        enumOf(n.putObject("propertyNames"), platforms());
      }
      n.putObject("additionalProperties")
          .put("type", pt.getActualTypeArguments()[1] == Double.class ? "number" : "string");
    } else {
      throw new IllegalStateException(
          "PackSchema cannot describe field '" + name + "' of type " + t);
    }
    return n;
  }

  private static void enumOf(ObjectNode n, Set<String> values) {
    ArrayNode e = n.putArray("enum");
    values.forEach(e::add);
  }

  private static Set<String> platforms() {
    Set<String> s = new java.util.LinkedHashSet<>();
    Arrays.stream(Platform.values()).map(Platform::id).forEach(s::add);
    return s;
  }

  /**
   * String fields with a closed set of values, spelled the canonical way (the loader also takes
   * other cases).
   */
  private static final Map<String, Set<String>> ENUMS =
      Map.of(
          "kind", ids(Arrays.stream(Kind.values()).map(Kind::name).toList()),
          "severity", ids(Arrays.stream(Severity.values()).map(Severity::id).toList()),
          "severityWithoutContext",
              ids(Arrays.stream(Severity.values()).map(Severity::id).toList()),
          "match", ids(List.of("stem", "exact")),
          "metric",
              ids(
                  Arrays.stream(Metric.values())
                      .map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                      .toList()));

  private static Set<String> ids(List<String> values) {
    return new java.util.LinkedHashSet<>(values);
  }

  private static Map<String, String> docs() {
    Map<String, String> d = new HashMap<>();
    d.put("id", "Stable dotted lower-case id, such as tone.suffers-from.");
    d.put("type", "Rule kind: term, proximity (a term rule that needs 'near'), pattern or metric.");
    d.put(
        "kind",
        "Taxonomy kind; decides the category (privacy, tone, clarity, accessibility, platform).");
    d.put("severity", "Default severity: error, warning or info.");
    d.put("summary", "One line for the catalogue, no trailing period.");
    d.put(
        "description",
        "Optional longer explanation for the catalogue and the rules page; never on a finding.");
    d.put(
        "message",
        "What the problem is, shown on each finding; may hold {text} (metric rules: {value}, {limit},"
            + " {platform}).");
    d.put("suggestion", "What to write instead; for term rules, the default replacement.");
    d.put("guidance", "http(s) link to the guidance the rule comes from.");
    d.put("locale", "any, a language (en, cy) or a language and region (en-GB).");
    d.put("source", "Short citation of the guidance.");
    d.put(
        "regional",
        "Guidance for readers in particular countries, where 'guidance' is another country's: ISO"
            + " 3166 code (GB, US) to 'https://... short name of the guidance'.");
    d.put("examples", "Flagged and passing examples; they run as the rule's tests.");
    d.put("terms", "Words and phrases to flag.");
    d.put("substitutions", "Phrases to flag, each with its own replacement.");
    d.put("match", "stem (default: inflections match) or exact.");
    d.put("exceptions", "Phrases that excuse an overlapping hit.");
    d.put("near", "Words one of which must stand within 'within' tokens of the hit.");
    d.put("notNear", "Words none of which may stand within 'within' tokens of the hit.");
    d.put("within", "Window for near and notNear, in tokens (default 8).");
    d.put("pos", "Universal POS tags the hit's last word must have (NOUN, VERB, ...).");
    d.put("caseSensitive", "Match the terms' letter case exactly.");
    d.put(
        "unlessPostContains", "Phrases whose presence anywhere in the post switches the rule off.");
    d.put("skipQuoted", "Leave hits inside double quotation marks alone.");
    d.put("unlessExplained", "Leave a term alone when the post explains it in brackets beside it.");
    d.put("pattern", "RE2 regular expression over the normalised text.");
    d.put("ignoreCase", "Match without regard to case (default true).");
    d.put("group", "Capturing group whose text is the finding (default 0, the whole match).");
    d.put("validator", "Named check the matched text must pass, such as mod11, luhn or npi.");
    d.put("context", "Words that raise confidence when near the match.");
    d.put("window", "Characters either side searched for context words (default 40).");
    d.put(
        "severityWithoutContext",
        "Severity of a match with no context word nearby; without it such matches"
            + " are dropped.");
    d.put("except", "RE2 expression; a match that it also matches is not reported.");
    d.put(
        "requires",
        "Literals one of which the post must contain for the pattern to run (a prefilter).");
    d.put("minDigits", "Posts with fewer ASCII digits are skipped (a prefilter).");
    d.put("metric", "The measure: length, utf8-bytes, hashtags, links, flesch-reading-ease, ...");
    d.put("min", "Flag values below this.");
    d.put("max", "Flag values above this.");
    d.put("limits", "Per-platform maximum, by platform id.");
    d.put("platforms", "Run only for posts for these platforms.");
    d.put("minWords", "Skip posts with fewer words (keeps readability formulas off short posts).");
    return Map.copyOf(d);
  }

  /** Every field some record has, sorted: what {@link #DOCS} must cover. */
  static Set<String> allFields() {
    Set<String> all = new TreeSet<>();
    RuleSpec.TYPES.values().forEach(t -> all.addAll(RuleSpec.fields(t)));
    return all;
  }
}
