package org.healthsocialtools.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Platform;
import org.healthsocialtools.cli.input.CsvLayout.Role;
import org.junit.jupiter.api.Test;

class CsvLayoutTest {

  private static List<InputItem> read(String csv, Map<Role, String> columns) {
    List<InputItem> out = new ArrayList<>();
    new CsvReader(new BufferedReader(new StringReader(csv)), "c.csv", Platform.FACEBOOK, columns)
        .forEachRemaining(out::add);
    return out;
  }

  @Test
  void toolTemplatesAreRecognised() {
    // Sprout Social: date, time_24hr, message_text, link
    InputItem sprout =
        read("date,time_24hr,message_text,link\n14/03/2025,09:30,Hello,https://e.org/a\n", Map.of())
            .get(0);
    assertThat(sprout.post().text()).isEqualTo("Hello https://e.org/a");
    // Publer: Date, Text, Link(s), Media URL(s)
    InputItem publer =
        read("Date,Text,Link(s),Media URL(s)\n2025/03/14 09:30,Hi,,https://e.org/p.jpg\n", Map.of())
            .get(0);
    assertThat(publer.post().text()).isEqualTo("Hi");
    assertThat(publer.post().media())
        .singleElement()
        .satisfies(m -> assertThat(m.hasAltText()).isFalse());
    // SocialBee: text, link, imageUrls, postAtSpecificTime; network names mapped, strictest wins
    InputItem bee =
        read(
                "Network,text,postAtSpecificTime\n\"Facebook, X (Twitter)\",Hey,2025-03-14 09:30\n",
                Map.of())
            .get(0);
    assertThat(bee.post().platform()).isEqualTo(Platform.X);
    // unknown network: the default platform
    assertThat(read("Channel,Caption\nPinterest,Pin\n", Map.of()).get(0).post().platform())
        .isEqualTo(Platform.FACEBOOK);
    assertThat(
            read("Profile,Caption\nNorthbrook NHS (Instagram),Hi\n", Map.of())
                .get(0)
                .post()
                .platform())
        .isEqualTo(Platform.INSTAGRAM);
  }

  @Test
  void aReplyRowCarriesTheCommentItAnswers() {
    for (String header : List.of("In reply to", "Comment", "Review", "replying_to")) {
      List<InputItem> items =
          read(
              "Message," + header + "\nSorry to hear that,\"My knee op, awful\"\nNo reply here,\n",
              Map.of());
      assertThat(items)
          .as(header)
          .extracting(i -> i.post().inReplyTo())
          .containsExactly("My knee op, awful", null);
      assertThat(items)
          .extracting(i -> i.post().text())
          .containsExactly("Sorry to hear that", "No reply here");
    }
    Map<Role, String> cols = CsvLayout.parseColumns("text=Copy,inreplyto=Original");
    assertThat(read("Copy,Original\nThanks!,Great staff\n", cols))
        .singleElement()
        .satisfies(i -> assertThat(i.post().inReplyTo()).isEqualTo("Great staff"));
  }

  @Test
  void hootsuiteHasNoHeaderRow() {
    List<InputItem> items =
        read("03/14/2025 09:30,First post,https://e.org\n03/15/2025 10:00,Second post\n", Map.of());
    assertThat(items)
        .extracting(i -> i.post().text())
        .containsExactly("First post https://e.org", "Second post");
    assertThat(items).extracting(InputItem::row).containsExactly(1, 2);
  }

  @Test
  void columnsOptionNamesAnyLayout() {
    Map<Role, String> cols = CsvLayout.parseColumns("text=Copy, platform=Where, id=Ref No");
    List<InputItem> items = read("Ref No,Where,Copy,Notes\nR1,linkedin,The copy,internal\n", cols);
    assertThat(items.get(0).id()).isEqualTo("R1");
    assertThat(items.get(0).idGiven()).isTrue();
    assertThat(items.get(0).post().platform()).isEqualTo(Platform.LINKEDIN);
    assertThat(items.get(0).post().text()).isEqualTo("The copy");
    assertThatThrownBy(() -> CsvLayout.parseColumns("txt=Copy"))
        .hasMessageContaining("unknown column role 'txt'");
    assertThat(read("A,B\n1,2\n", cols).get(0).error())
        .contains("--columns text=Copy: no such column");
  }

  @Test
  void noTextColumnIsOneClearErrorAndExtraCellsAreARowError() {
    assertThat(read("Date,Notes\n1,2\n", Map.of()))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.error())
                    .contains("no column holds the post text")
                    .contains("Date, Notes"));
    List<InputItem> items =
        read("Message,Network\nfine,X\ntoo,many,cells\nalso fine,X\n", Map.of());
    assertThat(items).hasSize(3);
    assertThat(items.get(1).error()).contains("row has 3 cells but the header has 2");
    assertThat(items.get(1).location()).isEqualTo("c.csv:3 (row 3)");
    assertThat(items.get(2).post().text()).isEqualTo("also fine");
  }
}
