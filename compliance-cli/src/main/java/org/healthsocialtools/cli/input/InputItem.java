package org.healthsocialtools.cli.input;

import org.healthsocialtools.Post;

/**
 * One thing read from an input: a post to check, or a problem with one place in the input. Either
 * way it carries where it came from, so reports and errors name the file, line and (for calendars)
 * row.
 *
 * @param id the post's id: from the input when it has one ({@code idGiven}), else derived from the
 *     location
 * @param idGiven true when the id came from the input (an {@code id} field or column), so it
 *     survives edits
 * @param location for people: {@code file:line}, {@code file:line (row N)} for CSV rows, {@code
 *     file} for a one-post file
 * @param file the file as given or found (relative to the working directory when under it), {@code
 *     <stdin>}
 * @param line 1-based line where the post (or CSV row) starts, 0 when unknown
 * @param column 1-based column (UTF-16 units) where the post text starts when the text appears
 *     verbatim in the file (text and Markdown files), else 0: then only {@code line} is meaningful
 * @param row CSV row as numbered in a spreadsheet (the header row is row 1), else 0
 * @param post the post, or {@code null} for an error
 * @param error what is wrong, or {@code null} for a post; never contains draft text
 */
public record InputItem(
    String id,
    boolean idGiven,
    String location,
    String file,
    int line,
    int column,
    int row,
    Post post,
    String error) {

  /** A post at {@code file:line}; {@code id} null means "derive it from the location". */
  public static InputItem post(String file, int line, String id, Post post) {
    String where = file + ":" + line;
    return new InputItem(id == null ? where : id, id != null, where, file, line, 0, 0, post, null);
  }

  /** A problem at {@code file:line} ({@code line} 0: the whole file). */
  public static InputItem error(String file, int line, String error) {
    return new InputItem(
        null, false, line > 0 ? file + ":" + line : file, file, line, 0, 0, null, error);
  }

  public boolean isError() {
    return error != null;
  }
}
