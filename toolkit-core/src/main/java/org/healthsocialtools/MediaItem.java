package org.healthsocialtools;

import java.util.Locale;
import java.util.Objects;

/**
 * An image, video or other attachment that goes with a post.
 *
 * @param type {@code image}, {@code video}, {@code gif} or {@code document}
 * @param altText the description a screen reader reads, or {@code null} / blank when there is none
 */
public record MediaItem(String type, String altText) {

  public MediaItem {
    type = Objects.requireNonNullElse(type, "image").toLowerCase(Locale.ROOT);
  }

  public static MediaItem image(String altText) {
    return new MediaItem("image", altText);
  }

  public boolean hasAltText() {
    return altText != null && !altText.isBlank();
  }
}
