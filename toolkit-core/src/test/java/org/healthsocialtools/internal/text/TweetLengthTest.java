package org.healthsocialtools.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast count must equal twitter-text's on every text: hand-picked edge cases and random
 * mixtures.
 */
class TweetLengthTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "Get",
          "well",
          "soon",
          "Edna",
          "nhs.uk",
          "www.nhs.uk/flu",
          "https://www.example.org/a/b?c=1.2",
          "http://192.168.0.1:8080/x",
          "t.co/abcdef",
          "x.co,y.co",
          "a.b",
          "end.",
          "e.g.",
          "jane.doe@example.com",
          "@NHSEngland",
          "#FluJab",
          "$NHS",
          "👩‍⚕️",
          "👍🏽",
          "🇬🇧",
          "1️⃣",
          "#️⃣",
          "©",
          "®",
          "™",
          "‼",
          "❤️",
          "日本語",
          "é",
          "e\u0301",
          "ﬁ",
          "Ω",
          "\u00A0",
          "\u3000",
          "\u2003",
          "—",
          "“quoted”",
          "…",
          "(",
          ")",
          ",",
          ":",
          "/",
          "-",
          "_",
          ".",
          "..",
          "ω.gr",
          "ü.de",
          "a\u200Db",
          "\u2028",
          "\u202Ex.com",
          "@x.com",
          "#x.com",
          "$x.co",
          "x@y.co",
          "https://t.co/abcdefghij1234",
          "🏥.nhs.uk",
          "例え.jp",
          "xn--bcher-kva.de",
          "http://",
          "ftp://x.org");
  private static final List<String> GAPS = List.of(" ", " ", " ", "", "\n", "\t", "\r\n", "  ");

  @Test
  void equalsTwitterTextOnEdgeCases() {
    for (String s :
        List.of(
            "",
            " ",
            "\n",
            "a",
            "nhs.uk",
            "See nhs.uk.",
            "x.co,y.co;z.io",
            "👩‍⚕️👩‍⚕️ nurses",
            "日本語のテキスト",
            "a.b.c.d.e.f.g.h",
            "Visit https://www.example.org/a/very/long/path/that/is/longer now",
            "mail jane.doe@example.com or https://ex.am/p?q=1.2",
            "1️⃣2️⃣ and #️⃣ ©®",
            "nhs.uk👍nhs.uk",
            "e\u0301\u0301",
            " ét.jp",
            "ét.jp",
            "x\nét.jp.")) {
      assertThat(TweetLength.weighted(s))
          .as(s)
          .isEqualTo(TwitterTextParser.parseTweet(s).weightedLength);
    }
  }

  @Test
  void equalsTwitterTextOnRandomMixtures() {
    Random r = new Random(7);
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
        if (r.nextInt(3) > 0) {
          b.append(GAPS.get(r.nextInt(GAPS.size())));
        }
      }
      String s = b.toString();
      assertThat(TweetLength.weighted(s))
          .as(s)
          .isEqualTo(TwitterTextParser.parseTweet(s).weightedLength);
    }
  }
}
