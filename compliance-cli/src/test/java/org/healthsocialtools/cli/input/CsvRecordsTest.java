package org.healthsocialtools.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Platform;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static List<CsvRecords.Record> parse(String csv) {
    List<CsvRecords.Record> out = new ArrayList<>();
    new CsvRecords(new StringReader(csv), ',').forEachRemaining(out::add);
    return out;
  }

  @Test
  void quotedMultiLineCellsDoubledQuotesCrlfAndBom() {
    List<CsvRecords.Record> r = parse("\uFEFFa,b\r\n\"x, \"\"y\"\"\r\nz\",2\r\n\r\nlast,\r\n");
    assertThat(r).hasSize(3);
    assertThat(r.get(0).cells()).containsExactly("a", "b");
    assertThat(r.get(1).cells()).containsExactly("x, \"y\"\nz", "2");
    assertThat(r.get(1).line()).isEqualTo(2);
    assertThat(r.get(2).cells()).containsExactly("last", "");
    assertThat(r.get(2).line()).isEqualTo(5);
  }

  @Test
  void malformedRecordIsReportedAndReadingResumesOnTheNextLine() {
    List<CsvRecords.Record> r = parse("h1,h2\nok,1\nbad \"quote\",2\n\"closed\"junk,3\nfine,4");
    assertThat(r).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4, 5);
    assertThat(r.get(2).error()).contains("quote inside unquoted cell 1");
    assertThat(r.get(3).error()).contains("after the closing quote of cell 1");
    assertThat(r.get(4).cells()).containsExactly("fine", "4");
  }

  @Test
  void unclosedQuoteNamesTheLineItOpenedOn() {
    List<CsvRecords.Record> r = parse("h\nok\n\"never closed\nmore\n");
    assertThat(r.get(1).cells()).containsExactly("ok");
    assertThat(r.get(2).error()).contains("opened on line 3 is never closed");
  }

  @Test
  void semicolonCalendarsAreSniffed() {
    java.io.BufferedReader in =
        new java.io.BufferedReader(new StringReader("Date;Message;Network\n1;\"a,b\";X\n"));
    assertThat(CsvReader.sniffDelimiter(in, "cal.csv")).isEqualTo(';');
    List<InputItem> items = new ArrayList<>();
    new CsvReader(in, "cal.csv", null, Map.of()).forEachRemaining(items::add);
    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.post().text()).isEqualTo("a,b");
              assertThat(i.post().platform()).isEqualTo(Platform.X);
              assertThat(i.row()).isEqualTo(2);
            });
  }
}
