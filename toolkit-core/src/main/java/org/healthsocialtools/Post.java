package org.healthsocialtools;

import java.util.List;
import java.util.Objects;

/**
 * A draft post to check. Immutable; build with {@link #of(String)} and the {@code with*} methods.
 *
 * @param text the draft exactly as written; finding offsets index this string
 * @param platform where it will be published, or {@code null} for no particular platform
 * @param locale a BCP 47 tag such as {@code en-GB}, {@code cy}, {@code es}; {@code null} to detect the language
 * @param media attachments, possibly empty
 * @param replyTo when the post is a public reply: the handle or name it answers, else {@code null}
 */
public record Post(String text, Platform platform, String locale, List<MediaItem> media, String replyTo) {

  public Post {
    Objects.requireNonNull(text, "text");
    media = media == null ? List.of() : List.copyOf(media);
  }

  public static Post of(String text) {
    return new Post(text, null, null, List.of(), null);
  }

  public Post withPlatform(Platform p) {
    return new Post(text, p, locale, media, replyTo);
  }

  public Post withLocale(String l) {
    return new Post(text, platform, l, media, replyTo);
  }

  public Post withMedia(List<MediaItem> m) {
    return new Post(text, platform, locale, m, replyTo);
  }

  public Post withReplyTo(String r) {
    return new Post(text, platform, locale, media, r);
  }

  public boolean isReply() {
    return replyTo != null;
  }
}
