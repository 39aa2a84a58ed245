package org.healthsocialtools.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthsocialtools.internal.pack.RulePackLoader;

/**
 * Loads rule packs: YAML files of data rules in a few closed kinds ({@code term}, {@code
 * proximity}, {@code pattern}, {@code metric}). Each pack is validated as it loads (schema,
 * required fields, patterns that compile, a guidance link, at least one flagged and one passing
 * example); the first problem fails the load with a {@link RulePackException} naming the file, the
 * line and the rule. See the README for the format.
 */
public final class RulePacks {

  private RulePacks() {}

  public static List<Rule> load(URL resource) {
    try (InputStream in = resource.openStream()) {
      return RulePackLoader.load(in, shortName(resource.getPath()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule pack " + resource, e);
    }
  }

  public static List<Rule> load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return RulePackLoader.load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule pack " + file, e);
    }
  }

  /** Loads a pack from a stream; {@code name} is used in error messages. */
  public static List<Rule> load(InputStream in, String name) {
    return RulePackLoader.load(in, name);
  }

  private static String shortName(String path) {
    int i = path.lastIndexOf("/hst/");
    return i >= 0 ? path.substring(i + 1) : path.substring(path.lastIndexOf('/') + 1);
  }
}
