package org.healthsocialtools.internal.pack;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * One rule entry of a YAML pack, bound by Jackson to the record of its {@code type}: {@link
 * TermSpec} ({@code term} and {@code proximity}), {@link PatternSpec} or {@link MetricSpec}. Each
 * record lists exactly the fields its kind reads, so a field of another kind (a {@code pattern:} on
 * a term rule) is an error rather than silently ignored. The records are also the source of the
 * pack JSON Schema ({@link PackSchema}). Every record starts with the {@linkplain #COMMON common
 * fields} in the same order.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = TermSpec.class,
      names = {"term", "proximity"}),
  @JsonSubTypes.Type(value = PatternSpec.class, name = "pattern"),
  @JsonSubTypes.Type(value = MetricSpec.class, name = "metric")
})
sealed interface RuleSpec permits TermSpec, PatternSpec, MetricSpec {

  /** The record of each {@code type} value, in the order the schema lists them. */
  Map<String, Class<? extends RuleSpec>> TYPES = types();

  /** Fields every kind has: the rule's metadata. */
  List<String> COMMON =
      List.of(
          "id",
          "type",
          "kind",
          "severity",
          "summary",
          "description",
          "message",
          "suggestion",
          "guidance",
          "locale",
          "source",
          "regional",
          "examples");

  String id();

  String type();

  String kind();

  String severity();

  String summary();

  /**
   * Optional longer explanation: shown by {@code hst rules} and the rules page, never on a finding.
   */
  String description();

  String message();

  String suggestion();

  String guidance();

  String locale();

  String source();

  /**
   * Guidance for readers in particular countries: ISO 3166 code to {@code "https://... citation"}.
   */
  Map<String, String> regional();

  Examples examples();

  /**
   * Builds the rule of this kind around its metadata.
   *
   * @throws IllegalArgumentException naming the field, when a field's value is wrong or can never
   *     take effect
   */
  Rule toRule(RuleInfo info);

  /**
   * Flagged and passing examples; each is a string or a mapping {@code {text, platform, locale}}.
   */
  record Examples(List<JsonNode> flags, List<JsonNode> passes) {}

  /** The fields a record of {@code type} accepts, in declaration order. */
  static Set<String> fields(Class<? extends RuleSpec> type) {
    return Fields.BY_TYPE.get(type);
  }

  /** The record components of each type, read once (the loader asks for every rule). */
  final class Fields {
    private static final Map<Class<? extends RuleSpec>, Set<String>> BY_TYPE =
        new java.util.HashMap<>();

    static {
      for (Class<? extends RuleSpec> type : TYPES.values()) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(out::add);
        BY_TYPE.put(type, java.util.Collections.unmodifiableSet(out));
      }
    }

    private Fields() {}
  }

  private static Map<String, Class<? extends RuleSpec>> types() {
    Map<String, Class<? extends RuleSpec>> m = new LinkedHashMap<>();
    m.put("term", TermSpec.class);
    m.put("proximity", TermSpec.class);
    m.put("pattern", PatternSpec.class);
    m.put("metric", MetricSpec.class);
    return java.util.Collections.unmodifiableMap(m);
  }

  static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
