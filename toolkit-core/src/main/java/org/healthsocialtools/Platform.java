package org.healthsocialtools;

/**
 * A social platform a post is written for. Each platform counts length its own way; see {@link
 * PlatformCounter}.
 */
public enum Platform {
  X("x", 280),
  FACEBOOK("facebook", 63_206),
  INSTAGRAM("instagram", 2_200),
  LINKEDIN("linkedin", 3_000),
  THREADS("threads", 500),
  BLUESKY("bluesky", 300),
  MASTODON("mastodon", 500);

  private final String id;
  private final int limit;

  Platform(String id, int limit) {
    this.id = id;
    this.limit = limit;
  }

  /** The id used in JSON ({@code x}, {@code facebook}, ...). */
  public String id() {
    return id;
  }

  /** The platform's length limit, in the unit {@link PlatformCounter#count} returns for it. */
  public int limit() {
    return limit;
  }

  /**
   * Parses a platform id or a common network name as written in scheduling tools ({@code Twitter},
   * {@code X (Twitter)}, {@code fb}, {@code IG}, {@code LinkedIn Page}, {@code bsky}).
   *
   * @throws IllegalArgumentException naming the accepted ids, never quoting {@code name}
   */
  public static Platform fromId(String name) {
    StringBuilder b = new StringBuilder(Math.min(name.length(), 32));
    for (int i = 0; i < name.length() && b.length() < 32; i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    String s = b.toString();
    switch (s) {
      case "x", "twitter", "xtwitter", "tweet", "twitterx" -> {
        return X;
      }
      case "facebook", "fb", "facebookpage", "facebookgroup", "meta" -> {
        return FACEBOOK;
      }
      case "instagram", "ig", "insta", "instagrambusiness", "instagramreels" -> {
        return INSTAGRAM;
      }
      case "linkedin", "linkedinpage", "linkedinprofile", "linkedincompany", "li" -> {
        return LINKEDIN;
      }
      case "threads" -> {
        return THREADS;
      }
      case "bluesky", "bsky" -> {
        return BLUESKY;
      }
      case "mastodon", "fediverse" -> {
        return MASTODON;
      }
      // The value is not quoted: it may come from a calendar cell or a JSON field, which can hold
      // draft text.
      // Callers name the place (file, line, field).
      default ->
          throw new IllegalArgumentException(
              "unknown platform (expected x, facebook, instagram, linkedin, threads, bluesky or mastodon)");
    }
  }
}
