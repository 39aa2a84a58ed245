package org.healthsocialtools.cli.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.MediaItem;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.internal.ParserMessages;

/**
 * Streams posts from JSON Lines ({@code {"id": "p1", "text": "...", "platform": "x"}} per line), one item per
 * non-blank line, in order, in constant memory. A bad line becomes an error item naming the line and the field;
 * reading goes on with the next line.
 */
public final class JsonLinesReader extends Lookahead {

  /** Longest line accepted, in characters; longer lines are reported and skipped. */
  public static final int MAX_LINE = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedReader in;
  private final String name;
  private final Platform defaultPlatform;
  private int lineNo;

  public JsonLinesReader(BufferedReader in, String name, Platform defaultPlatform) {
    this.in = in;
    this.name = name;
    this.defaultPlatform = defaultPlatform;
  }



  @Override
  protected InputItem read() {
    try {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        return parse(line, lineNo);
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ":" + (lineNo + 1) + ": cannot read: " + e.getMessage(), e);
    }
  }

  private InputItem parse(String line, int n) {
    if (line.length() > MAX_LINE) {
      return InputItem.error(name, n, "line is longer than " + MAX_LINE + " characters");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return InputItem.error(name, n, "not valid JSON: " + JsonLinesReader.jsonError(e));
    }
    return toItem(node, name, n, defaultPlatform);
  }

  /** Jackson's message without the offending token, which may be a piece of the draft. */
  static String jsonError(JsonProcessingException e) {
    return ParserMessages.safe(e.getOriginalMessage());
  }

  /** Turns one JSON object at {@code file:n} into a post, or an error naming the field at fault. */
  public static InputItem toItem(JsonNode node, String file, int n, Platform defaultPlatform) {
    if (node == null || !node.isObject()) {
      return InputItem.error(file, n, "expected a JSON object with a 'text' field");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return InputItem.error(file, n, "field 'text' is missing or not a string");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : null;
    Platform platform = defaultPlatform;
    if (node.hasNonNull("platform")) {
      try {
        platform = Platform.fromId(node.get("platform").asText());
      } catch (IllegalArgumentException e) {
        return InputItem.error(file, n, "field 'platform': " + e.getMessage());
      }
    }
    Post post = Post.of(text.asText()).withPlatform(platform);
    if (node.hasNonNull("locale")) {
      post = post.withLocale(node.get("locale").asText());
    }
    if (node.hasNonNull("replyTo")) {
      post = post.withReplyTo(node.get("replyTo").asText());
    }
    JsonNode media = node.get("media");
    if (media != null && media.isArray()) {
      List<MediaItem> items = new ArrayList<>();
      for (JsonNode m : media) {
        items.add(new MediaItem(m.path("type").asText("image"),
            m.hasNonNull("altText") ? m.get("altText").asText() : null));
      }
      post = post.withMedia(items);
    }
    return InputItem.post(file, n, id, post);
  }
}
