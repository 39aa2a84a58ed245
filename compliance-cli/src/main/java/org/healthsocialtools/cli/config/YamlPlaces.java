package org.healthsocialtools.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where in a YAML file a value is written, so an error about a setting can name its line. */
public final class YamlPlaces {

  private static final YAMLFactory YAML = new YAMLFactory();

  private YamlPlaces() {}

  /**
   * The 1-based line of the first key or scalar in {@code file} equal to {@code value}, or 0 when
   * it is not there or the file cannot be read (the caller then names the file alone).
   */
  public static int lineOf(Path file, String value) {
    if (file == null) {
      return 0;
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = YAML.createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if ((t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING)
            && value.equals(p.getText())) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  /** {@code file:line} or {@code file} for messages. */
  public static String place(Path file, String value) {
    int line = lineOf(file, value);
    return file + (line > 0 ? ":" + line : "");
  }
}
