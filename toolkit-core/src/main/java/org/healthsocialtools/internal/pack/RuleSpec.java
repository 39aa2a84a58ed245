package org.healthsocialtools.internal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One rule entry of a YAML pack, as bound by Jackson. Unknown fields are rejected. Which fields a rule needs
 * depends on its {@code type}; {@link RulePackLoader} checks that.
 */
@SuppressWarnings("checkstyle:VisibilityModifier")
public final class RuleSpec {
  // common
  public String id;
  public String type;
  public String kind;
  public String severity;
  public String summary;
  public String message;
  public String suggestion;
  public String guidance;
  public String locale;
  public String source;
  /** Guidance for readers in particular countries: ISO 3166 code to {@code "https://... citation"}. */
  public Map<String, String> regional;
  public String description;
  public Examples examples;

  // term and proximity
  public List<String> terms;
  public Map<String, String> substitutions;
  public String match;
  public List<String> exceptions;
  public List<String> near;
  public List<String> notNear;
  public Integer within;
  public List<String> pos;
  public Boolean caseSensitive;
  public List<String> unlessPostContains;
  public Boolean skipQuoted;
  public Boolean unlessExplained;

  // pattern
  public String pattern;
  public Boolean ignoreCase;
  public Integer group;
  public String validator;
  public List<String> context;
  public Integer window;
  public String severityWithoutContext;
  public String except;
  public List<String> requires;
  public Integer minDigits;

  // metric
  public String metric;
  public Double min;
  public Double max;
  public Map<String, Double> limits;
  public List<String> platforms;
  public Integer minWords;

  /** Flagged and passing examples; each is a string or {@code {text, platform, locale}}. */
  public static final class Examples {
    public List<JsonNode> flags;
    public List<JsonNode> passes;
  }
}
