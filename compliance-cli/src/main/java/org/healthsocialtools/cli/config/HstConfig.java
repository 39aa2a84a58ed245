package org.healthsocialtools.cli.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Severity;

/**
 * The project file {@code hst.yml}: what a team would otherwise repeat on every command line. Keys
 * are kebab-case or camelCase; an unknown key is an error naming the file and line, so a typo never
 * silently turns a safeguard off. Paths are relative to the file's directory. Command-line options
 * win over the file.
 *
 * <pre>
 * profile: org-profile.yml        # or the profile's settings inline
 * locale: en-GB
 * platforms: [x, linkedin]        # posts naming no platform are checked against each of these
 * severities: {tone.exclamation: info}
 * disable: [clarity.readability]
 * fail-on: warning                # error | warning | never
 * include: [content/**]           # what 'hst check' reads when given no FILE
 * exclude: [content/archive/**]
 * columns: {text: Copy, platform: Channel}
 * accept:
 *   - rule: privacy.person-name
 *     text: Dr Priya Shah
 *     reason: consultant, consent on file (ticket COMMS-142)
 *   - fingerprint: 3f9a0c...
 *     reason: fictional patient in a training scenario
 * </pre>
 *
 * The loader pairs it with where it was found: see {@link Project}.
 */
public record HstConfig(
    JsonNode profile,
    String locale,
    @JsonAlias("platform") List<String> platforms,
    @JsonAlias("severity") Map<String, Severity> severities,
    @JsonAlias({"disabled", "disabledRules", "disabled-rules"}) List<String> disable,
    @JsonProperty("fail-on") @JsonAlias({"failOn", "fail_on"}) FailOn failOn,
    List<String> include,
    List<String> exclude,
    Map<String, String> columns,
    List<Accept> accept) {

  /** Lowest severity that fails the run. */
  public enum FailOn {
    error,
    warning,
    never
  }

  /**
   * A finding accepted on purpose. Matches by {@code fingerprint}, or by {@code rule} together with
   * the covered {@code text} (compared ignoring case and spacing) and/or the {@code post} id.
   */
  public record Accept(String fingerprint, String rule, String text, String post, String reason) {}

  public HstConfig {
    platforms = platforms == null ? List.of() : List.copyOf(platforms);
    severities = severities == null ? Map.of() : Map.copyOf(severities);
    disable = disable == null ? List.of() : List.copyOf(disable);
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    columns = columns == null ? Map.of() : Map.copyOf(columns);
    accept = accept == null ? List.of() : List.copyOf(accept);
  }

  /** Nothing set. */
  public static HstConfig empty() {
    return new HstConfig(null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A project file's settings and where it is.
   *
   * @param dir the directory paths in the file are relative to (the working directory when there is
   *     no file)
   * @param file the file, or {@code null} when there is none
   * @param values the settings
   */
  public record Project(Path dir, Path file, HstConfig values) {

    /** For messages: the file name, or {@code hst.yml} when there is none. */
    public String name() {
      return file == null ? "hst.yml" : file.toString();
    }
  }
}
