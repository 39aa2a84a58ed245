package org.healthsocialtools.cli.input;

import org.healthsocialtools.Post;

/**
 * One thing read from an input: a post to check, or a problem with one place in the input. Either way it carries
 * where it came from, so reports and errors name the file and line.
 *
 * @param id the post's id (from the input, else derived from the location)
 * @param location {@code file:line} (or {@code file} for one-post files, {@code file:row N} for CSV rows)
 * @param line 1-based line where the item starts, 0 when not line-based
 * @param post the post, or {@code null} for an error
 * @param error what is wrong, or {@code null} for a post
 */
public record InputItem(String id, String location, int line, Post post, String error) {

  public static InputItem post(String id, String location, int line, Post post) {
    return new InputItem(id, location, line, post, null);
  }

  public static InputItem error(String location, int line, String error) {
    return new InputItem(null, location, line, null, error);
  }

  public boolean isError() {
    return error != null;
  }
}
