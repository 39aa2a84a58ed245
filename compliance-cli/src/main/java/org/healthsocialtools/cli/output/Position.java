package org.healthsocialtools.cli.output;

import org.healthsocialtools.Finding;
import org.healthsocialtools.cli.input.InputItem;

/**
 * Where a finding is in its file, for SARIF and CI annotations. When the post text appears verbatim
 * in the file (text and Markdown), the exact line and column range (1-based, UTF-16 units, end
 * column exclusive as SARIF says); otherwise the line on which the post or CSV row starts, and no
 * column.
 *
 * @param line 1-based start line (at least 1)
 * @param column 1-based start column, or 0 when unknown
 * @param endLine 1-based end line, or 0 when unknown
 * @param endColumn 1-based column just past the end, or 0 when unknown
 */
public record Position(int line, int column, int endLine, int endColumn) {

  public static Position of(InputItem item, Finding f) {
    int line = Math.max(1, item.line());
    if (item.column() <= 0) {
      return new Position(line, 0, 0, 0);
    }
    String text = item.post().text();
    int[] s = walk(text, f.start(), line, item.column());
    int[] e = walk(text, f.end(), line, item.column());
    return new Position(s[0], s[1], e[0], e[1]);
  }

  private static int[] walk(String text, int offset, int line, int firstColumn) {
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int col = offset - lineStart + 1;
    return new int[] {line, lineStart == 0 ? col + firstColumn - 1 : col};
  }
}
