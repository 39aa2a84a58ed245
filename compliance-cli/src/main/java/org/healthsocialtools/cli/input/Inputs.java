package org.healthsocialtools.cli.input;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.healthsocialtools.Platform;
import org.healthsocialtools.cli.input.CsvLayout.Role;

/**
 * Turns input sources into one ordered stream of {@link InputItem}s. The format follows the
 * extension ({@code .csv}/{@code .tsv} calendars, {@code .jsonl}/{@code .ndjson}, {@code .json}
 * arrays, anything else text or Markdown) unless one is forced; standard input is JSON Lines when
 * it starts with <code>{</code>, a JSON array when it starts with {@code [}, else text. Files must
 * be UTF-8; a file that is not is reported, not guessed at. A source that cannot be opened or read
 * becomes an error item and the next source is read.
 */
public final class Inputs {

  /** How to read a source. */
  public enum Format {
    auto,
    csv,
    jsonl,
    json,
    text
  }

  /**
   * @param platform for posts that name none, or {@code null}
   * @param encoding the inputs' character encoding, or {@code null}: UTF-8, with calendars and text
   *     files in a legacy encoding (Excel's Windows-1252) detected and read with a warning
   * @param warnings where to say what was read differently from what was asked (never draft text)
   * @param columns {@code --columns} for calendars
   * @param format forced format, or {@code auto}
   */
  public record Options(
      Platform platform,
      Map<Role, String> columns,
      Format format,
      Charset encoding,
      Consumer<String> warnings) {

    /** UTF-8 (legacy encodings of calendars and text files detected), warnings dropped. */
    public Options(Platform platform, Map<Role, String> columns, Format format) {
      this(platform, columns, format, null, w -> {});
    }
  }

  private Inputs() {}

  /**
   * All items of {@code sources}, in order; {@code bytesRead} counts the bytes consumed (for
   * progress).
   */
  public static Iterator<InputItem> items(
      List<Sources.Source> sources, Options o, AtomicLong bytesRead) {
    Iterator<Sources.Source> it = sources.iterator();
    return new Lookahead() {
      Iterator<InputItem> current = Collections.emptyIterator();
      String currentName;
      int itemsOfCurrent;

      @Override
      protected InputItem read() {
        while (true) {
          try {
            if (current.hasNext()) {
              itemsOfCurrent++;
              return current.next();
            }
          } catch (UncheckedIOException e) {
            current = Collections.emptyIterator();
            itemsOfCurrent++;
            return InputItem.error(currentName, 0, rootMessage(e));
          }
          if (currentName != null && itemsOfCurrent == 0) {
            o.warnings()
                .accept(
                    currentName
                        + ": no posts in this file (empty, or a calendar with only its header"
                        + " row): check the export");
          }
          currentName = null;
          itemsOfCurrent = 0;
          if (!it.hasNext()) {
            return null;
          }
          Sources.Source s = it.next();
          currentName = s.display();
          if (s.error() != null) {
            currentName = null;
            return InputItem.error(s.display(), 0, s.error());
          }
          try {
            current = open(s, o, bytesRead);
          } catch (IOException | UncheckedIOException e) {
            currentName = null;
            return InputItem.error(s.display(), 0, rootMessage(e));
          }
        }
      }
    };
  }

  static Iterator<InputItem> open(Sources.Source s, Options o, AtomicLong bytesRead)
      throws IOException {
    Format f = o.format();
    BufferedReader r;
    if (s.path() == null) {
      r = reader(counting(System.in, bytesRead), o.encoding());
      if (f == Format.auto) {
        f = sniff(r);
      }
    } else {
      if (f == Format.auto) {
        f = byExtension(s.display());
      }
      boolean legacyPossible =
          o.encoding() == null
              && (f == Format.csv || f == Format.text)
              && Files.size(s.path()) <= Encodings.MAX_DETECT_BYTES;
      r =
          legacyPossible
              ? Encodings.read(s.path(), s.display(), bytesRead, o.warnings())
              : reader(counting(Files.newInputStream(s.path()), bytesRead), o.encoding());
    }
    String name = s.display();
    return switch (f) {
      case csv -> new CsvReader(r, name, o.platform(), o.columns());
      case jsonl, auto -> new JsonLinesReader(r, name, o.platform());
      case json -> new JsonArrayReader(r, name, o.platform());
      case text -> TextReader.split(name, readAll(r), o.platform()).iterator();
    };
  }

  static Format byExtension(String name) {
    String l = name.toLowerCase(Locale.ROOT);
    if (l.endsWith(".csv") || l.endsWith(".tsv")) {
      return Format.csv;
    }
    if (l.endsWith(".jsonl") || l.endsWith(".ndjson")) {
      return Format.jsonl;
    }
    return l.endsWith(".json") ? Format.json : Format.text;
  }

  private static Format sniff(BufferedReader r) throws IOException {
    r.mark(1 << 16);
    int c;
    int n = 0;
    do {
      c = r.read();
      n++;
    } while (n < (1 << 16) - 1 && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF));
    r.reset();
    return c == '{' ? Format.jsonl : c == '[' ? Format.json : Format.text;
  }

  /**
   * A strict UTF-8 reader: malformed bytes raise an error instead of turning into U+FFFD silently.
   */
  static BufferedReader reader(InputStream in) {
    return reader(in, null);
  }

  /** A strict reader in {@code encoding} (UTF-8 when {@code null}). */
  static BufferedReader reader(InputStream in, Charset encoding) {
    CharsetDecoder d =
        (encoding == null ? StandardCharsets.UTF_8 : encoding)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, d), 1 << 16);
  }

  private static InputStream counting(InputStream in, AtomicLong n) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          n.incrementAndGet();
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int k = super.read(b, off, len);
        if (k > 0) {
          n.addAndGet(k);
        }
        return k;
      }
    };
  }

  private static String readAll(BufferedReader r) {
    try (r) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
        if (b.length() > TextReader.MAX_CHARS) {
          throw new IOException(
              "text file is longer than "
                  + TextReader.MAX_CHARS
                  + " characters (use JSON Lines for batches)");
        }
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reading problem in words, without draft text. */
  public static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    if (t instanceof MalformedInputException) {
      return "not valid UTF-8: save the file as UTF-8 (in Excel: 'CSV UTF-8'), or name its encoding with"
          + " --encoding, e.g. --encoding windows-1252";
    }
    if (t instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return t instanceof IOException && m != null
        ? m
        : t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
