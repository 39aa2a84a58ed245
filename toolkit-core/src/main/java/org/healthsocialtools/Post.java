package org.healthsocialtools;

import java.util.List;
import java.util.Objects;

/**
 * A draft post to check. Immutable; build with {@link #of(String)} and the {@code with*} methods.
 *
 * @param text the draft exactly as written; finding offsets index this string
 * @param platform where it will be published, or {@code null} for no particular platform
 * @param locale a BCP 47 tag such as {@code en-GB}, {@code cy}, {@code es}; {@code null} to detect
 *     the language
 * @param media attachments, possibly empty
 * @param replyTo when the post is a public reply: the handle or name it answers, else {@code null}
 * @param inReplyTo when the post is a reply: the text of the review or comment it answers, else
 *     {@code null}. It is context only: rules read it as evidence about the reply (a condition the
 *     reviewer mentioned that the reply repeats), but no finding ever points into it, quotes it or
 *     redacts it, and it counts towards the size limit
 */
public record Post(
    String text,
    Platform platform,
    String locale,
    List<MediaItem> media,
    String replyTo,
    String inReplyTo) {

  public Post {
    Objects.requireNonNull(text, "text");
    media = media == null ? List.of() : List.copyOf(media);
  }

  /**
   * The post without the text it replies to (kept so that code written before {@code inReplyTo}
   * compiles).
   */
  public Post(
      String text, Platform platform, String locale, List<MediaItem> media, String replyTo) {
    this(text, platform, locale, media, replyTo, null);
  }

  public static Post of(String text) {
    return new Post(text, null, null, List.of(), null, null);
  }

  public Post withPlatform(Platform p) {
    return new Post(text, p, locale, media, replyTo, inReplyTo);
  }

  public Post withLocale(String l) {
    return new Post(text, platform, l, media, replyTo, inReplyTo);
  }

  public Post withMedia(List<MediaItem> m) {
    return new Post(text, platform, locale, m, replyTo, inReplyTo);
  }

  public Post withReplyTo(String r) {
    return new Post(text, platform, locale, media, r, inReplyTo);
  }

  /**
   * The post as a reply to {@code comment} (the review or comment it answers), or not a reply if
   * {@code null}.
   */
  public Post withInReplyTo(String comment) {
    return new Post(text, platform, locale, media, replyTo, comment);
  }

  /**
   * True if the post answers someone: it names the handle it replies to or carries the text it
   * answers.
   */
  public boolean isReply() {
    return replyTo != null || inReplyTo != null;
  }

  /** The characters a check has to read: the text plus the comment it answers. */
  public int checkedLength() {
    return text.length() + (inReplyTo == null ? 0 : inReplyTo.length());
  }
}
