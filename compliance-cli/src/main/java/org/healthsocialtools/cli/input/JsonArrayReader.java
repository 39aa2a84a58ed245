package org.healthsocialtools.cli.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.healthsocialtools.Platform;

/**
 * Streams the posts of a JSON array ({@code [{"id": ..., "text": ..., "platform": ...}, ...]}) one
 * element at a time, each located by the line on which it starts. An element with a bad field is
 * reported and skipped; a syntax error ends the file (JSON cannot be resynchronised), after
 * everything before it was read.
 */
final class JsonArrayReader extends Lookahead {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonParser parser;
  private final String name;
  private final Platform platform;
  private boolean started;
  private boolean done;

  JsonArrayReader(Reader in, String name, Platform platform) {
    try {
      this.parser = JSON.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.name = name;
    this.platform = platform;
  }

  @Override
  protected InputItem read() {
    if (done) {
      return null;
    }
    int line = 0;
    try {
      if (!started) {
        started = true;
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_ARRAY) {
          done = true;
          return InputItem.error(
              name, 1, "expected a JSON array of posts ([{\"text\": ...}, ...])");
        }
      }
      JsonToken t = parser.nextToken();
      line = parser.currentTokenLocation().getLineNr();
      if (t == JsonToken.END_ARRAY || t == null) {
        done = true;
        return null;
      }
      JsonNode node = parser.readValueAsTree();
      return JsonLinesReader.toItem(node, name, line, platform);
    } catch (JsonProcessingException e) {
      done = true;
      int at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
      return InputItem.error(
          name,
          at,
          "not valid JSON: " + JsonLinesReader.jsonError(e) + " (the rest of the file is skipped)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
