package org.healthsocialtools.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines in constant memory: an over-long line is rejected while it is read, and the rest is
 * still read.
 */
class JsonLinesReaderTest {

  /** One line of {@code length} characters, then {@code rest}; counts the characters handed out. */
  static final class LongLine extends Reader {
    final long length;
    final Reader rest;
    long served;

    LongLine(long length, String rest) {
      this.length = length;
      this.rest = new StringReader(rest);
    }

    @Override
    public int read(char[] b, int off, int len) throws java.io.IOException {
      if (served < length) {
        int n = (int) Math.min(len, length - served);
        java.util.Arrays.fill(b, off, off + n, 'x');
        served += n;
        return n;
      }
      int n = rest.read(b, off, len);
      if (n > 0) {
        served += n;
      }
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void anOverLongLineIsRejectedBeforeItEndsAndTheNextLinesAreRead() {
    LongLine source =
        new LongLine(
            20L * JsonLinesReader.MAX_LINE,
            "\r\n{\"id\": \"a\", \"text\": \"ok\"}\n\n" + "{\"text\": \"also ok\"}");
    JsonLinesReader reader =
        new JsonLinesReader(new BufferedReader(source, 1 << 16), "big.jsonl", null);
    InputItem first = reader.next();
    assertThat(first.isError()).isTrue();
    assertThat(first.error()).contains("longer than");
    assertThat(first.line()).isEqualTo(1);
    assertThat(source.served)
        .as("characters read before the rejection")
        .isLessThan(2L * JsonLinesReader.MAX_LINE);
    List<InputItem> rest = new ArrayList<>();
    reader.forEachRemaining(rest::add);
    assertThat(rest).extracting(InputItem::line).containsExactly(2, 4);
    assertThat(rest).extracting(i -> i.post().text()).containsExactly("ok", "also ok");
  }

  @Test
  void lineEndingsAndByteOrderMark() {
    JsonLinesReader reader =
        new JsonLinesReader(
            new BufferedReader(
                new StringReader(
                    "\uFEFF{\"text\": \"a\"}\r{\"text\": \"b\"}\r\n{\"text\": \"c\"}\n")),
            "e.jsonl",
            null);
    List<InputItem> items = new ArrayList<>();
    reader.forEachRemaining(items::add);
    assertThat(items).extracting(i -> i.post().text()).containsExactly("a", "b", "c");
    assertThat(items).extracting(InputItem::line).containsExactly(1, 2, 3);
  }
}
