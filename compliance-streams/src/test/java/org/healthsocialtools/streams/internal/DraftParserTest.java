package org.healthsocialtools.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.healthsocialtools.MediaItem;
import org.healthsocialtools.Platform;
import org.healthsocialtools.streams.internal.DraftParser.Draft;
import org.healthsocialtools.streams.internal.DraftParser.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftParserTest {

  private static final String SECRET = "Edna 943 476 5919";
  private final DraftParser parser = new DraftParser(2_000, 300);

  private DraftParser.Parsed parse(String json) {
    return parser.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryFieldOfTheContract() {
    DraftParser.Parsed p =
        parse(
            "{\"id\":\"p1\",\"text\":\"Get well soon\",\"platform\":\"Twitter\",\"locale\":\"en-GB\","
                + "\"replyTo\":\"@someone\",\"inReplyTo\":\"Thanks for the care\",\"media\":[{\"type\":\"image\"},"
                + "{\"type\":\"video\",\"altText\":\"A ward corridor\"}],\"extra\":{\"ignored\":true}}");
    assertThat(p).isInstanceOf(Draft.class);
    Draft d = (Draft) p;
    assertThat(d.id()).isEqualTo("p1");
    assertThat(d.post().text()).isEqualTo("Get well soon");
    assertThat(d.post().platform()).isEqualTo(Platform.X);
    assertThat(d.post().locale()).isEqualTo("en-GB");
    assertThat(d.post().replyTo()).isEqualTo("@someone");
    assertThat(d.post().media())
        .containsExactly(new MediaItem("image", null), new MediaItem("video", "A ward corridor"));
  }

  @Test
  void numericIdsAndMissingOptionalFieldsAreFine() {
    Draft d = (Draft) parse("{\"id\":42,\"text\":\"Flu clinic on Saturday\"}");
    assertThat(d.id()).isEqualTo("42");
    assertThat(d.post().platform()).isNull();
    assertThat(((Draft) parse("{\"text\":\"Flu clinic\"}")).id()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919' | value | not valid JSON",
        "'Edna 943 476 5919' | value | not valid JSON",
        "'{\"id\":\"p1\",\"text\":\"x\"} Edna 943 476 5919' | value | not valid JSON",
        "'[\"Edna 943 476 5919\"]' | value | not an object",
        "'{\"id\":\"p1\"}' | text | field 'text' is missing",
        "'{\"id\":\"p1\",\"text\":[\"Edna 943 476 5919\"]}' | text | field 'text' is not a string",
        "'{\"id\":\"p1\",\"text\":\"   \"}' | text | field 'text' is blank",
        "'{\"id\":{\"a\":1},\"text\":\"Edna 943 476 5919\"}' | id | field 'id'",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"platform\":\"Edna 943 476 5919\"}' | platform | field 'platform' is not a known platform",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"platform\":7}' | platform | field 'platform' is not a string",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"locale\":[1]}' | locale | field 'locale'",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"replyTo\":{}}' | replyTo | field 'replyTo'",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"inReplyTo\":5}' | inReplyTo | field 'inReplyTo'",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"media\":\"Edna 943 476 5919\"}' | media | field 'media'",
        "'{\"id\":\"p1\",\"text\":\"Edna 943 476 5919\",\"media\":[{\"altText\":3}]}' | media | field 'media[0]'",
      })
  void badRecordsAreRejectedNamingTheFieldWithoutQuotingThem(
      String json, String field, String reason) {
    DraftParser.Parsed p = parse(json);
    assertThat(p).isInstanceOf(Rejected.class);
    Rejected r = (Rejected) p;
    assertThat(r.field()).isEqualTo(field);
    assertThat(r.reason())
        .contains(reason)
        .doesNotContain("Edna")
        .doesNotContain("943")
        .doesNotContain("5919");
  }

  @Test
  void malformedJsonGivesTheLineAndColumn() {
    Rejected r = (Rejected) parse("{\"id\":\"p1\", \"text\": Edna}");
    assertThat(r.reason()).matches("value is not valid JSON \\(line 1, column 2[0-9]\\)");
  }

  @Test
  void oversizedDraftsAreRejectedByBytesAndByCharacters() {
    Rejected bytes = (Rejected) parser.parse(new byte[2_001]);
    assertThat(bytes.field()).isEqualTo("value");
    assertThat(bytes.reason())
        .isEqualTo("value is 2001 bytes; the limit is 2000 (hst.max.draft.bytes)");

    String text = SECRET.repeat(20); // 340 characters
    Rejected chars = (Rejected) parse("{\"id\":\"p9\",\"text\":\"" + text + "\"}");
    assertThat(chars.field()).isEqualTo("text");
    assertThat(chars.id()).isEqualTo("p9");
    assertThat(chars.reason())
        .isEqualTo("field 'text' is 340 characters long; the limit is 300 (hst.max.draft.chars)");
  }

  @Test
  void inReplyToCountsTowardsTheCharacterLimit() {
    String half = "a".repeat(200);
    assertThat(parse("{\"text\":\"" + half + "\"}")).isInstanceOf(Draft.class);
    Rejected r = (Rejected) parse("{\"text\":\"" + half + "\",\"inReplyTo\":\"" + half + "\"}");
    assertThat(r.reason())
        .startsWith("fields 'text' and 'inReplyTo' are together 400 characters long");
  }

  @Test
  void nullValuesAreRejected() {
    Rejected r = (Rejected) parser.parse(null);
    assertThat(r.field()).isEqualTo("value");
    assertThat(r.reason()).contains("no value");
  }
}
