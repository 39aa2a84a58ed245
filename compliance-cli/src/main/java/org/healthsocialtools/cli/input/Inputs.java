package org.healthsocialtools.cli.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;

/**
 * Opens one input argument as a stream of {@link InputItem}s: {@code .jsonl}/{@code .ndjson} line by line,
 * {@code .txt}/{@code .md} as one post, {@code -} for standard input (JSON Lines when it starts with {@code {},
 * else one text post). Files must be UTF-8; a file that is not is reported, not guessed at.
 */
public final class Inputs {

  private Inputs() {}

  public static Iterator<InputItem> open(String arg, Platform platform) throws IOException {
    if (arg.equals("-")) {
      BufferedReader r = reader(System.in);
      r.mark(1 << 16);
      int c;
      do {
        c = r.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF);
      r.reset();
      if (c == '{') {
        return new JsonLinesReader(r, "<stdin>", platform);
      }
      return List.of(textPost("<stdin>", readAll(r), platform)).iterator();
    }
    Path p = Path.of(arg);
    if (!Files.exists(p)) {
      throw new IOException(arg + ": no such file");
    }
    String lower = arg.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return new JsonLinesReader(reader(Files.newInputStream(p)), arg, platform);
    }
    return List.of(textPost(arg, readAll(reader(Files.newInputStream(p))), platform)).iterator();
  }

  private static InputItem textPost(String name, String text, Platform platform) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return InputItem.post(name, name, 1, Post.of(text.strip()).withPlatform(platform));
  }

  /** A strict UTF-8 reader: malformed bytes raise an error instead of turning into U+FFFD silently. */
  static BufferedReader reader(InputStream in) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, d), 1 << 16);
  }

  private static String readAll(BufferedReader r) {
    try (r) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
