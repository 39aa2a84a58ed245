package org.healthsocialtools.rules.reliability;

import java.nio.charset.StandardCharsets;

/**
 * Turns raw fuzzer bytes into text. Seed files stay readable UTF-8; a leading 0x00 byte switches to
 * raw UTF-16 code units (big-endian pairs), so the fuzzer can also produce lone surrogates and any
 * other char sequence.
 */
final class FuzzInput {

  private FuzzInput() {}

  static String text(byte[] data) {
    if (data.length > 0 && data[0] == 0) {
      char[] chars = new char[(data.length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((data[1 + 2 * i] & 0xFF) << 8) | (data[2 + 2 * i] & 0xFF));
      }
      return new String(chars);
    }
    return new String(data, StandardCharsets.UTF_8);
  }
}
