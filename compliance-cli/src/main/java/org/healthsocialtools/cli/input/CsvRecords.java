package org.healthsocialtools.cli.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams the records of an RFC 4180 CSV file, in constant memory, noting the physical line on
 * which each record starts. Quoted cells may hold delimiters, doubled quotes and line breaks; line
 * breaks are LF, CRLF or CR; a leading byte-order mark is skipped. A malformed record (a quote
 * inside an unquoted cell, text after a closing quote, a cell longer than {@link #MAX_CELL})
 * becomes a record with an {@code error} and reading resumes at the next physical line. A quoted
 * cell still open at the end of the file is reported with the line it opened on; nothing after it
 * can be read as records.
 */
final class CsvRecords implements Iterator<CsvRecords.Record> {

  /** Longest cell accepted, in characters: a post is at most a few thousand. */
  static final int MAX_CELL = 1 << 16;

  /**
   * One record.
   *
   * @param cells the cells, unquoted; empty when {@code error} is set
   * @param line 1-based physical line on which the record starts
   * @param error what is malformed (no cell content in it), or {@code null}
   */
  record Record(List<String> cells, int line, String error) {}

  private final Reader in;
  private final char delimiter;
  private int line = 1;
  private int pushedBack = -2;
  private boolean atStart = true;
  private boolean eof;
  private Record next;

  CsvRecords(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !eof) {
      next = read();
    }
    return next != null;
  }

  @Override
  public Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Record r = next;
    next = null;
    return r;
  }

  private int readChar() {
    try {
      if (pushedBack != -2) {
        int c = pushedBack;
        pushedBack = -2;
        return c;
      }
      int c = in.read();
      if (atStart) {
        atStart = false;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Consumes a line break starting with {@code c} ({@code \r}, {@code \r\n} or {@code \n}) and
   * counts it.
   */
  private void lineBreak(int c) {
    if (c == '\r') {
      int d = readChar();
      if (d != '\n') {
        pushedBack = d;
      }
    }
    line++;
  }

  private Record read() {
    int c = readChar();
    while (c == '\n' || c == '\r') { // blank lines between records are not records
      lineBreak(c);
      c = readChar();
    }
    if (c == -1) {
      eof = true;
      return null;
    }
    int start = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      if (c == '"') {
        int opened = line;
        while (true) {
          c = readChar();
          if (c == -1) {
            eof = true;
            return new Record(
                List.of(),
                start,
                "a quoted cell opened on line "
                    + opened
                    + " is never closed, so the rest of the file cannot be read");
          }
          if (c == '"') {
            c = readChar();
            if (c != '"') {
              break;
            }
          } else if (c == '\n' || c == '\r') {
            lineBreak(c);
            c = '\n';
          }
          if (cell.length() >= MAX_CELL) {
            return skipRest(start, "a cell is longer than " + MAX_CELL + " characters");
          }
          cell.append((char) c);
        }
        if (c != delimiter && c != '\n' && c != '\r' && c != -1) {
          return skipRest(
              start,
              "unexpected text after the closing quote of cell "
                  + (cells.size() + 1)
                  + " (a quote inside a cell must be doubled)");
        }
      } else {
        while (c != delimiter && c != '\n' && c != '\r' && c != -1) {
          if (c == '"') {
            return skipRest(
                start,
                "a quote inside unquoted cell "
                    + (cells.size() + 1)
                    + " (quote the whole cell and double the quote)");
          }
          if (cell.length() >= MAX_CELL) {
            return skipRest(start, "a cell is longer than " + MAX_CELL + " characters");
          }
          cell.append((char) c);
          c = readChar();
        }
      }
      cells.add(cell.toString());
      cell.setLength(0);
      if (c == delimiter) {
        c = readChar();
        continue;
      }
      if (c == -1) {
        eof = true;
      } else {
        lineBreak(c);
      }
      return new Record(cells, start, null);
    }
  }

  /** Reports a malformed record and skips to the start of the next physical line. */
  private Record skipRest(int start, String error) {
    int c;
    do {
      c = readChar();
    } while (c != '\n' && c != '\r' && c != -1);
    if (c == -1) {
      eof = true;
    } else {
      lineBreak(c);
    }
    return new Record(List.of(), start, error);
  }
}
