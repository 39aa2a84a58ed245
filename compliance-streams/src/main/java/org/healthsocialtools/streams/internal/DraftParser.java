package org.healthsocialtools.streams.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.MediaItem;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;

/**
 * Turns the value of one input record (a JSON object of the JSON Lines contract: {@code id}, {@code
 * text}, optional {@code platform}, {@code locale}, {@code replyTo}, {@code inReplyTo}, {@code
 * media}) into a {@link Post}, or into a {@link Rejected} whose reason names the field at fault. A
 * reason never contains any part of the record: it is written to the dead-letter topic and may be
 * logged. Thread-safe.
 */
public final class DraftParser {

  /** Platform ids in the order the contract lists them, for reasons. */
  private static final String PLATFORMS =
      "x, facebook, instagram, linkedin, threads, bluesky or mastodon";

  /** Longest locale tag accepted (BCP 47 tags in practice are far shorter). */
  private static final int MAX_LOCALE = 35;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * {@code Post.withInReplyTo(String)}, the comment a reply answers, when the core library has it
   * (issue 15 adds it to the contract); {@code null} before that. Until then the field is still
   * read, checked and counted towards the size limit, so producers can send it now. Once both are
   * on main, this becomes a direct call.
   */
  private static final MethodHandle WITH_IN_REPLY_TO = findWithInReplyTo();

  private final int maxBytes;
  private final int maxChars;

  /**
   * @param maxBytes longest record value accepted, in bytes
   * @param maxChars longest draft accepted, in UTF-16 code units, counting {@code text} and {@code
   *     inReplyTo}
   */
  public DraftParser(int maxBytes, int maxChars) {
    if (maxBytes < 1 || maxChars < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxChars = maxChars;
  }

  /** The outcome of reading one record: a draft or a rejection. */
  public sealed interface Parsed permits Draft, Rejected {}

  /** A readable draft; {@code id} is the record's {@code id} field, or {@code null}. */
  public record Draft(String id, Post post) implements Parsed {}

  /**
   * A record that cannot be checked.
   *
   * @param field the field at fault ({@code value} for the record as a whole)
   * @param reason what is wrong, naming the field, never quoting the record
   * @param id the record's {@code id} when it could be read, else {@code null}
   */
  public record Rejected(String field, String reason, String id) implements Parsed {}

  public Parsed parse(byte[] value) {
    if (value == null) {
      return new Rejected("value", "record has no value (a null value or tombstone)", null);
    }
    if (value.length > maxBytes) {
      return new Rejected(
          "value",
          "value is "
              + value.length
              + " bytes; the limit is "
              + maxBytes
              + " (hst.max.draft.bytes)",
          null);
    }
    JsonNode node;
    try {
      node = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      return new Rejected("value", "value is not valid JSON" + where(e.getLocation()), null);
    } catch (IOException e) {
      return new Rejected("value", "value cannot be read as JSON", null);
    }
    if (node == null || node.isMissingNode()) {
      return new Rejected("value", "value is empty", null);
    }
    if (!node.isObject()) {
      return new Rejected(
          "value",
          "value is a JSON "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
              + ", not an object with a 'text' field",
          null);
    }
    return toDraft(node);
  }

  private Parsed toDraft(JsonNode node) {
    JsonNode idNode = node.get("id");
    String id = null;
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
        return new Rejected("id", "field 'id' is not a string or an integer", null);
      }
      id = idNode.asText();
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return new Rejected("text", "field 'text' is missing", id);
    }
    if (!text.isTextual()) {
      return new Rejected("text", "field 'text' is not a string", id);
    }
    if (text.asText().isBlank()) {
      return new Rejected("text", "field 'text' is blank", id);
    }
    String inReplyTo = null;
    JsonNode reply = node.get("inReplyTo");
    if (reply != null && !reply.isNull()) {
      if (!reply.isTextual()) {
        return new Rejected("inReplyTo", "field 'inReplyTo' is not a string", id);
      }
      inReplyTo = reply.asText();
    }
    int chars = text.asText().length() + (inReplyTo == null ? 0 : inReplyTo.length());
    if (chars > maxChars) {
      String fields =
          inReplyTo == null ? "field 'text' is " : "fields 'text' and 'inReplyTo' are together ";
      return new Rejected(
          "text",
          fields + chars + " characters long; the limit is " + maxChars + " (hst.max.draft.chars)",
          id);
    }
    Post post = Post.of(text.asText());
    JsonNode platform = node.get("platform");
    if (platform != null && !platform.isNull()) {
      if (!platform.isTextual()) {
        return new Rejected("platform", "field 'platform' is not a string", id);
      }
      try {
        post = post.withPlatform(Platform.fromId(platform.asText()));
      } catch (IllegalArgumentException e) {
        // Platform's own message quotes the value; this one does not.
        return new Rejected(
            "platform",
            "field 'platform' is not a known platform (expected " + PLATFORMS + ")",
            id);
      }
    }
    JsonNode locale = node.get("locale");
    if (locale != null && !locale.isNull()) {
      if (!locale.isTextual() || locale.asText().length() > MAX_LOCALE) {
        return new Rejected("locale", "field 'locale' is not a language tag such as en-GB", id);
      }
      post = post.withLocale(locale.asText());
    }
    JsonNode replyTo = node.get("replyTo");
    if (replyTo != null && !replyTo.isNull()) {
      if (!replyTo.isTextual()) {
        return new Rejected("replyTo", "field 'replyTo' is not a string", id);
      }
      post = post.withReplyTo(replyTo.asText());
    }
    JsonNode media = node.get("media");
    if (media != null && !media.isNull()) {
      if (!media.isArray()) {
        return new Rejected("media", "field 'media' is not an array", id);
      }
      List<MediaItem> items = new ArrayList<>(media.size());
      for (int i = 0; i < media.size(); i++) {
        JsonNode m = media.get(i);
        if (!m.isObject()
            || (m.hasNonNull("type") && !m.get("type").isTextual())
            || (m.hasNonNull("altText") && !m.get("altText").isTextual())) {
          return new Rejected(
              "media",
              "field 'media[" + i + "]' is not an object with string 'type' and 'altText'",
              id);
        }
        items.add(
            new MediaItem(
                m.path("type").asText("image"),
                m.hasNonNull("altText") ? m.get("altText").asText() : null));
      }
      post = post.withMedia(items);
    }
    if (inReplyTo != null && !inReplyTo.isBlank() && WITH_IN_REPLY_TO != null) {
      post = withInReplyTo(post, inReplyTo);
    }
    return new Draft(id, post);
  }

  /**
   * Jackson's location only: its messages can quote the offending token, which may be a piece of
   * the draft.
   */
  private static String where(JsonLocation at) {
    if (at == null || at.getColumnNr() < 1) {
      return "";
    }
    return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static Post withInReplyTo(Post post, String inReplyTo) {
    try {
      return (Post) WITH_IN_REPLY_TO.invokeExact(post, inReplyTo);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("Post.withInReplyTo failed", t);
    }
  }

  private static MethodHandle findWithInReplyTo() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(
              Post.class, "withInReplyTo", MethodType.methodType(Post.class, String.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }
}
