package org.healthsocialtools.cli.input;

import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;

/**
 * Splits a text or Markdown file into posts: the whole file is one post, unless lines holding only
 * {@code ---} separate several. Each post's text is its part with surrounding blank space removed,
 * exactly as in the file otherwise, so a finding's offset maps to a line and column of the file. A
 * one-post file's id is the file name; a part's id is {@code file:line}.
 */
final class TextReader {

  /** Largest text file read: a text file is a few drafts, not a data set. */
  static final int MAX_CHARS = 8 << 20;

  private TextReader() {}

  static List<InputItem> split(String name, String content, Platform platform) {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<int[]> parts = new ArrayList<>(); // [start, end) of each part
    int partStart = 0;
    int pos = 0;
    while (pos <= content.length()) {
      int eol = content.indexOf('\n', pos);
      int lineEnd = eol < 0 ? content.length() : eol;
      if (isSeparator(content, pos, lineEnd)) {
        parts.add(new int[] {partStart, pos});
        partStart = eol < 0 ? content.length() : eol + 1;
      }
      if (eol < 0) {
        break;
      }
      pos = eol + 1;
    }
    parts.add(new int[] {partStart, content.length()});
    boolean single = parts.size() == 1;
    List<InputItem> items = new ArrayList<>();
    for (int[] p : parts) {
      int s = p[0];
      int e = p[1];
      while (s < e && Character.isWhitespace(content.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(content.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < s; i++) {
        if (content.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      Post post = Post.of(content.substring(s, e)).withPlatform(platform);
      String where = single ? name : name + ":" + line;
      items.add(new InputItem(where, false, where, name, line, s - lineStart + 1, 0, post, null));
    }
    return items;
  }

  private static boolean isSeparator(String c, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(c.charAt(e - 1))) {
      e--;
    }
    if (e - from < 3) {
      return false;
    }
    for (int i = from; i < e; i++) {
      if (c.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }
}
