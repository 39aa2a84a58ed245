package org.healthsocialtools.cli.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.healthsocialtools.Platform;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.input.JsonLinesReader;

/**
 * The JSON Lines reader under arbitrary bytes: no exception escapes; every item is a post or an
 * error naming the file and its line; lines come out in order and never more items than lines. Runs
 * the seed corpus in every build; see RELIABILITY.md to fuzz longer.
 */
class JsonLinesReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void everyLineBecomesAPostOrAnErrorNamingIt(byte[] data) {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8));
    JsonLinesReader reader = new JsonLinesReader(in, "fuzz.jsonl", Platform.X);
    int lines = new String(data, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
    int lastLine = 0;
    int items = 0;
    while (reader.hasNext()) {
      InputItem item = reader.next();
      items++;
      if (item.line() <= lastLine || item.line() > lines) {
        throw new AssertionError("line " + item.line() + " after " + lastLine + " of " + lines);
      }
      lastLine = item.line();
      if (!item.location().startsWith("fuzz.jsonl:" + item.line())) {
        throw new AssertionError(
            "location " + item.location() + " does not name line " + item.line());
      }
      if (item.isError() == (item.post() != null)) {
        throw new AssertionError("an item must be exactly one of a post and an error");
      }
    }
    if (items > lines) {
      throw new AssertionError(items + " items from " + lines + " lines");
    }
  }
}
