package org.healthsocialtools.cli.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsocialtools.MediaItem;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.cli.input.CsvLayout.Role;

/**
 * Streams the posts of a content calendar: one post per row, located by file, the line on which the
 * row starts and the row number as a spreadsheet shows it (the header is row 1). The delimiter is a
 * comma unless the header line has more semicolons or tabs. The link cell, when the text does not
 * already hold the link, is appended to the text after a space, as the scheduling tools publish it.
 * A network cell naming several networks checks the post against the strictest (the shortest length
 * limit); a network the checker does not know (Pinterest, YouTube) falls back to the default
 * platform. Rows whose text cell is blank are skipped.
 */
final class CsvReader extends Lookahead {

  private final CsvRecords records;
  private final String name;
  private final Platform defaultPlatform;
  private final Map<Role, String> explicit;
  private CsvLayout layout;
  private int headerCells;
  private int row;
  private boolean failed;

  CsvReader(BufferedReader in, String name, Platform defaultPlatform, Map<Role, String> columns) {
    this.records = new CsvRecords(in, sniffDelimiter(in, name));
    this.name = name;
    this.defaultPlatform = defaultPlatform;
    this.explicit = columns;
  }

  /** Picks comma, semicolon or tab by counting them, outside quotes, on the first line. */
  static char sniffDelimiter(BufferedReader in, String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
      return '\t';
    }
    try {
      in.mark(1 << 16);
      int commas = 0;
      int semis = 0;
      int tabs = 0;
      boolean quoted = false;
      for (int i = 0, c; i < (1 << 16) - 1 && (c = in.read()) != -1; i++) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        } else if (!quoted) {
          commas += c == ',' ? 1 : 0;
          semis += c == ';' ? 1 : 0;
          tabs += c == '\t' ? 1 : 0;
        }
      }
      in.reset();
      return semis > commas && semis >= tabs ? ';' : tabs > commas ? '\t' : ',';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected InputItem read() {
    while (!failed && records.hasNext()) {
      InputItem item = read(records.next());
      if (item != null) {
        return item;
      }
    }
    return null;
  }

  private InputItem read(CsvRecords.Record r) {
    if (layout == null) {
      if (r.error() != null) {
        failed = true;
        return InputItem.error(name, r.line(), "header row: " + r.error());
      }
      try {
        layout = CsvLayout.of(r.cells(), explicit);
      } catch (IllegalArgumentException e) {
        failed = true;
        return InputItem.error(name, r.line(), e.getMessage());
      }
      headerCells = r.cells().size();
      if (!layout.headerless()) {
        row = 1;
        return null;
      }
    }
    row++;
    String where = name + ":" + r.line() + " (row " + row + ")";
    if (r.error() != null) {
      return error(where, r.line(), r.error());
    }
    List<String> cells = r.cells();
    if (!layout.headerless() && cells.size() > headerCells) {
      return error(
          where,
          r.line(),
          "row has "
              + cells.size()
              + " cells but the header has "
              + headerCells
              + " (an unquoted comma in a cell?)");
    }
    String text = cell(cells, Role.TEXT);
    if (text.isBlank()) {
      return null;
    }
    String link = cell(cells, Role.LINK).trim();
    if (!link.isEmpty() && !text.contains(link)) {
      text = text + " " + link;
    }
    Post post = Post.of(text).withPlatform(platform(cell(cells, Role.PLATFORM)));
    List<MediaItem> media = media(cell(cells, Role.MEDIA), cell(cells, Role.ALT_TEXT));
    if (!media.isEmpty()) {
      post = post.withMedia(media);
    }
    String comment = cell(cells, Role.IN_REPLY_TO);
    if (!comment.isBlank()) {
      post = post.withInReplyTo(comment);
    }
    String id = cell(cells, Role.ID).trim();
    boolean given = !id.isEmpty();
    return new InputItem(
        given ? id : name + ":row " + row, given, where, name, r.line(), 0, row, post, null);
  }

  private InputItem error(String where, int line, String message) {
    return new InputItem(null, false, where, name, line, 0, row, null, message);
  }

  private String cell(List<String> cells, Role role) {
    int i = layout.column(role);
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }

  private Platform platform(String cell) {
    Platform best = null;
    for (String part : cell.split("[,;|/]")) {
      Platform p = PlatformNames.find(part);
      if (p != null && (best == null || p.limit() < best.limit())) {
        best = p;
      }
    }
    return best != null ? best : defaultPlatform;
  }

  private static List<MediaItem> media(String urls, String alt) {
    List<MediaItem> items = new ArrayList<>();
    for (String u : urls.split("[,\\s|]+")) {
      if (u.isBlank()) {
        continue;
      }
      String l = u.toLowerCase(Locale.ROOT);
      String type =
          l.matches(".*\\.(mp4|mov|m4v|webm|avi)(\\?.*)?")
              ? "video"
              : l.matches(".*\\.gif(\\?.*)?") ? "gif" : "image";
      items.add(new MediaItem(type, alt.isBlank() ? null : alt.trim()));
    }
    return items;
  }
}
