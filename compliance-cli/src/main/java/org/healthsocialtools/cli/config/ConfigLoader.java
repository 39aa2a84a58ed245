package org.healthsocialtools.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.io.ParserMessages;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.RulePackException;

/**
 * Finds and reads {@code hst.yml}; every error names the file and, where YAML knows it, the line.
 */
public final class ConfigLoader {

  /** Names looked for, in each directory from the working directory up to the root. */
  public static final String[] NAMES = {"hst.yml", "hst.yaml", ".hst.yml"};

  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  private ConfigLoader() {}

  /** The nearest project file from {@code start} upwards, or {@code null}. */
  public static Path find(Path start) {
    for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      for (String n : NAMES) {
        Path p = d.resolve(n);
        if (Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Top-level keys and their aliases, as {@link HstConfig} binds them. */
  private static final Set<String> KEYS =
      Set.of(
          "profile",
          "locale",
          "platforms",
          "platform",
          "severities",
          "severity",
          "disable",
          "disabled",
          "disabledRules",
          "disabled-rules",
          "fail-on",
          "failOn",
          "fail_on",
          "include",
          "exclude",
          "columns",
          "accept");

  private static final Set<String> ACCEPT_KEYS =
      Set.of("fingerprint", "rule", "text", "post", "reason");

  /**
   * @throws ConfigException naming the file and line
   */
  public static HstConfig.Project load(Path file) {
    checkKeys(file);
    HstConfig c;
    try (InputStream in = Files.newInputStream(file)) {
      c = YAML.readValue(in, HstConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .filter(k -> !k.equals("dir") && !k.equals("file"))
                  .sorted()
                  .collect(Collectors.joining(", "));
      throw new ConfigException(
          file
              + line(e)
              + ": unknown key '"
              + e.getPropertyName()
              + "'"
              + (e.getPath().size() > 1 ? " in " + e.getPath().get(0).getFieldName() : "")
              + (known.isEmpty() ? "" : " (known keys: " + known + ")"));
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file + line(e) + ": " + ParserMessages.safe(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    if (c == null) {
      c = HstConfig.empty();
    }
    for (int i = 0; i < c.accept().size(); i++) {
      HstConfig.Accept a = c.accept().get(i);
      String where = file + ": accept[" + (i + 1) + "]: ";
      if (a.reason() == null || a.reason().isBlank()) {
        throw new ConfigException(
            where + "'reason' is required: say why the finding is acceptable");
      }
      if (a.fingerprint() == null && a.rule() == null) {
        throw new ConfigException(
            where + "give a 'fingerprint', or a 'rule' with 'text' or 'post'");
      }
      if (a.fingerprint() == null && a.text() == null && a.post() == null) {
        throw new ConfigException(
            where
                + "a 'rule' alone would accept every finding of that rule: add 'text'"
                + " or 'post', or list the rule under 'disable'");
      }
    }
    return new HstConfig.Project(file.toAbsolutePath().getParent(), file, c);
  }

  /** The organisation profile the file names or holds inline, or the empty profile. */
  public static OrganisationProfile profile(HstConfig.Project project) {
    HstConfig c = project.values();
    if (c.profile() == null || c.profile().isNull()) {
      return OrganisationProfile.none();
    }
    try {
      if (c.profile().isTextual()) {
        return ProfileLoader.load(project.dir().resolve(c.profile().asText()));
      }
      byte[] yaml = new YAMLMapper().writeValueAsBytes(c.profile());
      return ProfileLoader.load(new ByteArrayInputStream(yaml), project.name() + " (profile)");
    } catch (RulePackException | IOException e) {
      throw new ConfigException(ParserMessages.safe(e.getMessage()));
    }
  }

  /**
   * Streams the file to find an unknown key with its exact line (binding to the record reports
   * where the mapping ends, not where the key is). Checks the top level and the entries of {@code
   * accept}.
   */
  private static void checkKeys(Path file) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = YAML.getFactory().createParser(in)) {
      int depth = 0;
      String top = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          String k = p.currentName();
          Set<String> known =
              depth == 1 ? KEYS : depth == 3 && "accept".equals(top) ? ACCEPT_KEYS : null;
          if (depth == 1) {
            top = k;
          }
          if (known != null && !known.contains(k)) {
            throw new ConfigException(
                file
                    + ":"
                    + p.currentTokenLocation().getLineNr()
                    + ": unknown key '"
                    + k
                    + "'"
                    + (depth == 3 ? " in accept" : "")
                    + " (known keys: "
                    + String.join(
                        ", ",
                        new java.util.TreeSet<>(
                            known.stream()
                                .filter(
                                    x ->
                                        !x.contains("_")
                                            && !x.equals("failOn")
                                            && !x.equals("disabledRules")
                                            && !x.equals("severity")
                                            && !x.equals("platform")
                                            && !x.equals("disabled"))
                                .toList()))
                    + ")");
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file + line(e) + ": not valid YAML: " + ParserMessages.safe(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() != null && e.getLocation().getLineNr() > 0
        ? ":" + e.getLocation().getLineNr()
        : "";
  }
}
