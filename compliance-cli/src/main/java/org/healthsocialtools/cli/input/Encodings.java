package org.healthsocialtools.cli.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads a calendar or text file that should be UTF-8 but may not be: Excel on Windows saves CSV in
 * Windows-1252, older tools in ISO-8859-1. Valid UTF-8 is read as is; otherwise ICU's detector
 * names the legacy encoding and the file is read in it with a warning that says where the first
 * non-UTF-8 byte is and how to avoid the guess. What the detector cannot name confidently is
 * refused with the same advice. Only single-byte Western encodings are accepted from a guess: they
 * are what spreadsheets write, and guessing among the rest is too often wrong.
 */
final class Encodings {

  /**
   * Larger files are streamed as strict UTF-8 (batches should be JSON Lines, which is UTF-8 by
   * definition).
   */
  static final long MAX_DETECT_BYTES = 64L << 20;

  private static final Set<String> ACCEPTED_GUESSES =
      Set.of("windows-1252", "ISO-8859-1", "ISO-8859-15");
  private static final int MIN_CONFIDENCE = 30;

  private Encodings() {}

  /**
   * @throws IOException naming the file and line when the file is not UTF-8 and its encoding cannot
   *     be named
   */
  static BufferedReader read(
      Path path, String name, AtomicLong bytesRead, Consumer<String> warnings) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    bytesRead.addAndGet(bytes.length);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      int line = lineOfFirstInvalidByte(bytes);
      Charset guess = guess(bytes);
      String advice =
          "save it as UTF-8 (in Excel: 'CSV UTF-8') or name its encoding with --encoding";
      if (guess == null) {
        throw new IOException(
            "line " + line + ": not valid UTF-8 and not a recognisable legacy encoding: " + advice);
      }
      warnings.accept(
          name
              + ":"
              + line
              + ": not UTF-8; read as "
              + guess.name()
              + " (detected, as Excel on Windows"
              + " saves CSV): "
              + advice
              + " "
              + guess.name()
              + " to silence this");
      text = new String(bytes, guess);
    }
    return new BufferedReader(new StringReader(text));
  }

  /**
   * The legacy encoding ICU names with some confidence, if it is one a spreadsheet would write;
   * else null.
   */
  static Charset guess(byte[] bytes) {
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    for (CharsetMatch m : d.detectAll()) {
      if (m.getConfidence() < MIN_CONFIDENCE) {
        break;
      }
      if (ACCEPTED_GUESSES.contains(m.getName())) {
        // ISO-8859-1 guesses are read as windows-1252, its superset (curly quotes, the euro sign).
        return Charset.forName(m.getName().equals("ISO-8859-15") ? "ISO-8859-15" : "windows-1252");
      }
    }
    return null;
  }

  /** 1-based line of the first byte that does not start or continue a valid UTF-8 sequence. */
  static int lineOfFirstInvalidByte(byte[] b) {
    int line = 1;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int extra =
          c < 0x80
              ? 0
              : c >= 0xC2 && c < 0xE0
                  ? 1
                  : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= b.length) {
        return line;
      }
      for (int k = 1; k <= extra; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return line;
        }
      }
      if (c == '\n') {
        line++;
      }
      i += extra + 1;
    }
    return line;
  }
}
