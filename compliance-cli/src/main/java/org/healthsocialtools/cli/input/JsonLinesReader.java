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
import org.healthsocialtools.io.ParserMessages;

/**
 * Streams posts from JSON Lines ({@code {"id": "p1", "text": "...", "platform": "x"}} per line;
 * optional {@code locale}, {@code replyTo}, {@code inReplyTo} (the comment a reply answers) and
 * {@code media}), one item per non-blank line, in order, in constant memory: a line is never held
 * beyond {@link #MAX_LINE} characters, and an over-long one is rejected as soon as it passes the
 * limit. A bad line becomes an error item naming the file, the line and the field; reading goes on
 * with the next line.
 */
public final class JsonLinesReader extends Lookahead {

  /** Longest line accepted, in characters; longer lines are reported and skipped. */
  public static final int MAX_LINE = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedReader in;
  private final String name;
  private final Platform defaultPlatform;
  private final StringBuilder line = new StringBuilder();
  private final char[] buf = new char[8192];
  private int pos;
  private int lim;

  /** The previous line ended with '\r': a '\n' straight after it belongs to that line end. */
  private boolean afterCr;

  /**
   * The previous line was too long and was rejected before its end: the rest of it is skipped
   * first.
   */
  private boolean skipping;

  private int lineNo;

  public JsonLinesReader(BufferedReader in, String name, Platform defaultPlatform) {
    this.in = in;
    this.name = name;
    this.defaultPlatform = defaultPlatform;
  }

  @Override
  protected InputItem read() {
    try {
      while (true) {
        int end = nextLine();
        if (end == EOF) {
          return null;
        }
        lineNo++;
        if (end == TOO_LONG) {
          // Rejected while reading: the line is never held whole; its rest is skipped on the next
          // read.
          skipping = true;
          return InputItem.error(name, lineNo, "line is longer than " + MAX_LINE + " characters");
        }
        if (lineNo == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
          line.deleteCharAt(0);
        }
        if (!line.toString().isBlank()) {
          return parse(line.toString(), lineNo);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          name + ":" + (lineNo + 1) + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static final int EOF = -1;
  private static final int TOO_LONG = -2;
  private static final int OK = 0;

  /**
   * Reads the next line into {@link #line}, holding at most {@link #MAX_LINE} characters: {@code
   * OK}, {@code EOF} when there is no more input, or {@code TOO_LONG} as soon as the line passes
   * the limit.
   */
  private int nextLine() throws IOException {
    if (skipping) {
      skipping = false;
      int c;
      while ((c = nextChar()) >= 0 && c != '\n' && c != '\r') {
        // the rest of an over-long line
      }
      if (c < 0) {
        return EOF;
      }
      afterCr = c == '\r';
    }
    line.setLength(0);
    boolean any = false;
    for (int c; (c = nextChar()) >= 0; ) {
      if (afterCr) {
        afterCr = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        afterCr = c == '\r';
        return OK;
      }
      if (line.length() >= MAX_LINE) {
        return TOO_LONG;
      }
      line.append((char) c);
    }
    return any ? OK : EOF;
  }

  private int nextChar() throws IOException {
    if (pos == lim) {
      lim = in.read(buf, 0, buf.length);
      pos = 0;
      if (lim <= 0) {
        lim = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private InputItem parse(String text, int n) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
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
    JsonNode comment = node.get("inReplyTo");
    if (comment != null && !comment.isNull()) {
      if (!comment.isTextual()) {
        return InputItem.error(file, n, "field 'inReplyTo' is not a string");
      }
      if (!comment.asText().isBlank()) {
        post = post.withInReplyTo(comment.asText());
      }
    }
    JsonNode media = node.get("media");
    if (media != null && media.isArray()) {
      List<MediaItem> items = new ArrayList<>();
      for (JsonNode m : media) {
        items.add(
            new MediaItem(
                m.path("type").asText("image"),
                m.hasNonNull("altText") ? m.get("altText").asText() : null));
      }
      post = post.withMedia(items);
    }
    return InputItem.post(file, n, id, post);
  }
}
