package org.healthsocialtools.web.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.healthsocialtools.web.check.CheckService;
import org.healthsocialtools.web.check.CheckSlots;
import org.healthsocialtools.web.check.Checkers;
import org.healthsocialtools.web.rules.RuleSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The JSON API over a real checker: the report shape of report-format.md, and every error as a
 * problem detail.
 */
@WebMvcTest(CheckApi.class)
@Import({Checkers.class, CheckSlots.class, CheckService.class, RuleSearch.class})
class CheckApiTest {

  private static final String NHS = "Her NHS number is 943 476 5919";

  @Autowired MockMvc mvc;

  private ResultActions postJson(String path, String json) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void checkReturnsTheReportWithOriginalOffsetsCountsAndSafeVersion() throws Exception {
    postJson(
            "/api/v1/check",
            "{\"text\": \"" + NHS + "\", \"platform\": \"x\", \"locale\": \"en-GB\"}")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.verdict").value("block"))
        .andExpect(jsonPath("$.language").value("en"))
        .andExpect(jsonPath("$.id").doesNotExist())
        .andExpect(jsonPath("$.findings[0].ruleId").value("privacy.nhs-number"))
        .andExpect(jsonPath("$.findings[0].category").value("privacy"))
        .andExpect(jsonPath("$.findings[0].kind").value("IDENTIFIER"))
        .andExpect(jsonPath("$.findings[0].severity").value("error"))
        .andExpect(jsonPath("$.findings[0].start").value(18))
        .andExpect(jsonPath("$.findings[0].end").value(30))
        .andExpect(jsonPath("$.findings[0].text").value("943 476 5919"))
        .andExpect(jsonPath("$.findings[0].message").isString())
        .andExpect(jsonPath("$.findings[0].suggestion").isString())
        .andExpect(jsonPath("$.findings[0].explanation.matched").isString())
        .andExpect(jsonPath("$.findings[0].explanation.confidence").isNumber())
        .andExpect(jsonPath("$.findings[0].explanation.evidence").isArray())
        .andExpect(jsonPath("$.findings[0].guidance").value(containsString("https://")))
        .andExpect(jsonPath("$.findings[0].fix.replacement").value("[ID number]"))
        .andExpect(jsonPath("$.counts.x.count").value(NHS.length()))
        .andExpect(jsonPath("$.counts.x.limit").value(280))
        .andExpect(jsonPath("$.counts.bluesky.limit").value(300))
        .andExpect(jsonPath("$.safeVersion").value("Her NHS number is [ID number]"))
        .andExpect(header().string("Cache-Control", "no-store"));
  }

  /**
   * A UK post cites UK regulators (GMC, NMC, ICO); a US post cites HHS; the server's locale (en-GB)
   * by default.
   */
  @Test
  void findingsCiteGuidanceForTheReadersCountry() throws Exception {
    String text =
        "Huge thanks to the team who looked after Margaret Ellis after her fractured hip.";
    String name = "$.findings[?(@.ruleId == 'privacy.person-name')].guidance";
    String health = "$.findings[?(@.ruleId == 'privacy.health-detail')].guidance";
    for (String locale : new String[] {"\"locale\": \"en-GB\", ", ""}) {
      postJson("/api/v1/check", "{" + locale + "\"text\": \"" + text + "\"}")
          .andExpect(status().isOk())
          .andExpect(jsonPath(name).value(hasItem(startsWith("https://www.gmc-uk.org/"))))
          .andExpect(jsonPath(health).value(hasItem(startsWith("https://www.gmc-uk.org/"))));
    }
    postJson("/api/v1/check", "{\"locale\": \"en-US\", \"text\": \"" + text + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath(name).value(hasItem(startsWith("https://www.hhs.gov/"))))
        .andExpect(jsonPath(health).value(hasItem(startsWith("https://www.hhs.gov/"))));
  }

  @Test
  void aReplyIsCheckedWithTheCommentItAnswersWhichIsNeverEchoed() throws Exception {
    String reply = "We're sorry about the migraine and hope the new tablets help.";
    String comment = "My migraine has been awful since the new tablets. Dorothy";
    postJson("/api/v1/check", "{\"text\": \"" + reply + "\"}")
        .andExpect(jsonPath("$.verdict").value("pass"))
        .andExpect(jsonPath("$.safeReply").doesNotExist());
    postJson("/api/v1/check", "{\"text\": \"" + reply + "\", \"inReplyTo\": \"" + comment + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("block"))
        .andExpect(jsonPath("$.findings[*].ruleId", hasItem("privacy.reply-confirms-patient")))
        .andExpect(
            jsonPath("$.findings[0].suggestion")
                .value(containsString("Thank you for your feedback")))
        .andExpect(jsonPath("$.safeReply").value(containsString("Thank you for your feedback")))
        .andExpect(content().string(not(containsString("Dorothy"))))
        .andExpect(content().string(not(containsString("awful"))));
    postJson(
            "/api/v1/check/batch",
            "{\"posts\": [{\"id\": \"a\", \"text\": \""
                + reply
                + "\", \"inReplyTo\": \""
                + comment
                + "\"}, {\"id\": \"b\", \"text\": \""
                + reply
                + "\"}]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reports[0].verdict").value("block"))
        .andExpect(jsonPath("$.reports[1].verdict").value("pass"));
  }

  @Test
  void aCleanPostPassesWithNoFindings() throws Exception {
    postJson("/api/v1/check", "{\"text\": \"Our flu clinic is open on Saturday morning.\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("pass"))
        .andExpect(jsonPath("$.findings", hasSize(0)));
  }

  @Test
  void xCountsALinkAs23() throws Exception {
    String text = "See https://www.example.org/a/very/long/path/that/goes/on/and/on";
    postJson("/api/v1/check", "{\"text\": \"" + text + "\"}")
        .andExpect(jsonPath("$.counts.x.count").value("See ".length() + 23))
        .andExpect(jsonPath("$.counts.mastodon.count").value("See ".length() + 23))
        .andExpect(jsonPath("$.counts.instagram.count").value(text.length()));
  }

  @Test
  void emptyTextIsAProblemDetail() throws Exception {
    for (String body : new String[] {"{\"text\": \"\"}", "{\"text\": \"   \"}", "{}"}) {
      postJson("/api/v1/check", body)
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.title").value("Invalid request"))
          .andExpect(jsonPath("$.detail").value("text must not be empty"));
    }
  }

  @Test
  void unknownPlatformLocaleAndProfileAreProblemDetails() throws Exception {
    postJson("/api/v1/check", "{\"text\": \"Hello\", \"platform\": \"myspace\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("unknown platform 'myspace'")))
        .andExpect(jsonPath("$.detail").value(containsString("bluesky")));
    postJson("/api/v1/check", "{\"text\": \"Hello\", \"locale\": \"not a locale!\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("locale")));
    postJson("/api/v1/check", "{\"text\": \"Hello\", \"profile\": \"nowhere\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("unknown profile 'nowhere'")));
  }

  @Test
  void malformedJsonIs400WithoutQuotingTheBody() throws Exception {
    postJson("/api/v1/check", "{\"text\": \"Zebedee Marchbanks, bed 4\", ")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Malformed JSON"))
        .andExpect(content().string(not(containsString("Zebedee"))));
    postJson("/api/v1/check", "[1, 2]").andExpect(status().isBadRequest());
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String big = "{\"text\": \"" + "a".repeat(70 * 1024) + "\"}";
    postJson("/api/v1/check", big)
        .andExpect(status().is(413))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(413))
        .andExpect(jsonPath("$.detail").value(containsString("65536 bytes")));
  }

  @Test
  void batchEchoesIdsInOrder() throws Exception {
    postJson(
            "/api/v1/check/batch",
            "{\"posts\": [{\"id\": \"a\", \"text\": \""
                + NHS
                + "\"},"
                + " {\"id\": \"b\", \"text\": \"All welcome at the open day.\", \"platform\": \"bluesky\"}]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reports", hasSize(2)))
        .andExpect(jsonPath("$.reports[0].id").value("a"))
        .andExpect(jsonPath("$.reports[0].verdict").value("block"))
        .andExpect(jsonPath("$.reports[1].id").value("b"))
        .andExpect(jsonPath("$.reports[1].verdict").value("pass"));
  }

  @Test
  void batchErrorsNameThePost() throws Exception {
    postJson("/api/v1/check/batch", "{\"posts\": [{\"text\": \"fine\"}, {\"text\": \"\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("posts[1].text must not be empty"));
    postJson("/api/v1/check/batch", "{\"posts\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("at least one")));
    StringBuilder many = new StringBuilder("{\"posts\": [");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("{\"text\": \"post ").append(i).append("\"}");
    }
    postJson("/api/v1/check/batch", many.append("]}").toString())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("at most 100")));
  }

  @Test
  void rulesListsEveryRuleAndSearches() throws Exception {
    mvc.perform(get("/api/v1/rules"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem("privacy.nhs-number")))
        .andExpect(jsonPath("$[*].id", hasItem("tone.suffers-from")))
        .andExpect(jsonPath("$[0].examples[0].text").isString())
        .andExpect(jsonPath("$[0].guidance").value(containsString("https://")));
    mvc.perform(get("/api/v1/rules").param("q", "nhs number"))
        .andExpect(jsonPath("$[0].id").value("privacy.nhs-number"))
        .andExpect(jsonPath("$[*].id", not(hasItem("tone.suffers-from"))));
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    postJson("/api/v1/check", "{}")
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("Cache-Control", "no-store"));
  }
}
