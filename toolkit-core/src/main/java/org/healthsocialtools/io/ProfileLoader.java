package org.healthsocialtools.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.RulePackException;

/**
 * Reads an {@link OrganisationProfile} from YAML. Field names are those of the record, in camelCase
 * or kebab-case ({@code phoneNumbers} or {@code phone-numbers}); unknown fields are an error, so a
 * typo never silently disables a safeguard. Errors name the file and line.
 *
 * <pre>
 * name: Northbrook NHS Foundation Trust
 * organisationNames: [Northbrook General, Northbrook NHS]
 * handles: ["@NorthbrookNHS"]
 * phoneNumbers: ["0113 496 0000"]
 * staff: [Dr Priya Shah]
 * identifierPatterns: {mrn: "NB[0-9]{7}"}
 * locale: en-GB
 * severities: {accessibility.emoji-count: info}
 * disabledRules: [clarity.flesch-reading-ease]
 * extend:
 *   tone.suffers-from: {exceptions: ["suffers from the cold"]}
 * </pre>
 */
public final class ProfileLoader {

  /** Profiles larger than this are refused: a profile is a page of settings, not a data set. */
  public static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES);

  private ProfileLoader() {}

  public static OrganisationProfile load(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new RulePackException(file + ": profile is larger than " + MAX_BYTES + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return load(in, file.toString());
      }
    } catch (IOException e) {
      throw new RulePackException(file + ": cannot read profile: " + e.getMessage(), e);
    }
  }

  public static OrganisationProfile load(URL resource) {
    try (InputStream in = resource.openStream()) {
      return load(in, resource.getPath());
    } catch (IOException e) {
      throw new RulePackException(resource + ": cannot read profile: " + e.getMessage(), e);
    }
  }

  /**
   * @throws RulePackException naming {@code name} and the line of the problem
   */
  public static OrganisationProfile load(InputStream in, String name) {
    OrganisationProfile p;
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new RulePackException(name + ": profile is larger than " + MAX_BYTES + " bytes");
      }
      com.fasterxml.jackson.databind.JsonNode tree = YAML.readTree(bytes);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return OrganisationProfile.none();
      }
      if (!tree.isObject()) {
        throw new RulePackException(name + ": a profile is a mapping of settings");
      }
      Map<?, ?> raw = YAML.convertValue(tree, Map.class);
      if (raw == null) {
        return OrganisationProfile.none();
      }
      Map<String, Object> camel = new java.util.LinkedHashMap<>();
      raw.forEach((k, v) -> camel.put(camel(String.valueOf(k)), v));
      requireKnownKeys(raw.keySet(), bytes, name);
      p = YAML.convertValue(camel, OrganisationProfile.class);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String m =
          e.getOriginalMessage() == null ? "invalid" : ParserMessages.safe(e.getOriginalMessage());
      int nl = m.indexOf('\n');
      throw new RulePackException(
          name
              + (line > 0 ? ":" + line : "")
              + ": not valid YAML: "
              + (nl < 0 ? m : m.substring(0, nl)));
    } catch (IllegalArgumentException e) {
      throw new RulePackException(name + ": " + ParserMessages.safe(rootMessage(e)));
    } catch (IOException e) {
      throw new RulePackException(name + ": cannot read profile: " + e.getMessage(), e);
    }
    for (Map.Entry<String, String> e : p.severities().entrySet()) {
      try {
        Severity.fromId(e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new RulePackException(name + ": severities." + e.getKey() + ": " + ex.getMessage());
      }
    }
    for (Map.Entry<String, String> e : p.identifierPatterns().entrySet()) {
      try {
        com.google.re2j.Pattern.compile(e.getValue());
      } catch (com.google.re2j.PatternSyntaxException ex) {
        throw new RulePackException(
            name + ": identifierPatterns." + e.getKey() + " does not compile: " + ex.getMessage(),
            ex);
      }
    }
    return p;
  }

  private static final java.util.Set<String> KEYS =
      java.util.Arrays.stream(OrganisationProfile.class.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * An unknown top-level key is a typo that would silently drop a setting: refuse it naming its
   * line and the nearest known key (keys may be kebab-case or camelCase).
   */
  private static void requireKnownKeys(java.util.Set<?> keys, byte[] yaml, String name) {
    for (Object k : keys) {
      String key = String.valueOf(k);
      if (!KEYS.contains(camel(key))) {
        String near = org.healthsocialtools.internal.NearestId.of(camel(key), KEYS);
        throw new RulePackException(
            name
                + lineOfKey(yaml, key)
                + ": unknown key '"
                + key
                + "'"
                + (near != null
                    ? " (did you mean " + near + "?)"
                    : " (known keys: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")"));
      }
    }
  }

  /** {@code ":line"} of a top-level key, or empty when it cannot be found. */
  private static String lineOfKey(byte[] yaml, String key) {
    try (com.fasterxml.jackson.core.JsonParser p = YAML.getFactory().createParser(yaml)) {
      int depth = 0;
      for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
            && depth == 1
            && key.equals(p.currentName())) {
          return ":" + p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  private static String camel(String key) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : key.toCharArray()) {
      if (c == '-' || c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  private static String rootMessage(Throwable t) {
    String m = t.getMessage();
    while (t.getCause() != null) {
      t = t.getCause();
      if (t.getMessage() != null) {
        m = t.getMessage();
      }
    }
    int nl = m == null ? -1 : m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
