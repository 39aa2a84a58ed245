package org.healthsocialtools.cli.input;

import org.healthsocialtools.Platform;

/**
 * Reads a network or profile cell of a calendar ({@code Twitter}, {@code X (Twitter)}, {@code Trust
 * - LinkedIn}).
 */
final class PlatformNames {

  private PlatformNames() {}

  /**
   * The platform a cell names, or {@code null} when it names none the checker knows. Tries the
   * whole cell with {@link Platform#fromId}, then each word, so profile names such as {@code
   * Northbrook NHS (Instagram)} work.
   */
  static Platform find(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    try {
      return Platform.fromId(cell);
    } catch (IllegalArgumentException e) {
      // not a bare network name: look at the words
    }
    for (String word : cell.split("[^\\p{L}]+")) {
      if (word.length() < 2) {
        continue;
      }
      try {
        return Platform.fromId(word);
      } catch (IllegalArgumentException e) {
        // next word
      }
    }
    return null;
  }
}
