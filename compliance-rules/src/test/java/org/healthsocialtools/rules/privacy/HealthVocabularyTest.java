package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsocialtools.rule.Lexicons;
import org.healthsocialtools.rules.accessibility.WordList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated open vocabularies (scripts/vocab/build_health_vocab.py and
 * build_health_vocab_more.py): each is loaded into the health trie, names its source, commit and
 * licence, states its own size, stays within its size budget and holds no name, Welsh word, very
 * common English word or short token. Rebuilding them from the pinned snapshots is `python3
 * scripts/vocab/build_health_vocab.py --check && python3 scripts/vocab/build_health_vocab_more.py
 * --check` (docs/clinical-knowledge.md).
 */
class HealthVocabularyTest {

  private static final Pattern SOURCE =
      Pattern.compile(
          "^# Source: https://github\\.com/[\\w.-]+/[\\w.-]+ at commit [0-9a-f]{40}\\.$");
  private static final Pattern LICENCE = Pattern.compile("^# Licence: \\S.*$");
  private static final Pattern STATED =
      Pattern.compile("; (\\d+) (?:of \\d+ source terms kept|entries)\\. Do not edit by hand\\.$");

  /**
   * Digits only in "type 2", "stage 3" or a digit range ("metacarpal 4-5 fusion"), never in a code.
   */
  private static final Pattern NUMBERED =
      Pattern.compile("\\b(type|stage|grade) [0-9]\\b|(^| )[0-9]-[0-9]( |$)");

  private static final Pattern CODE = Pattern.compile("[a-z][0-9]|[0-9][a-z]");

  private static final Set<String> NAMES_AND_WELSH = new HashSet<>();

  static {
    for (String f : List.of("first-names.txt", "surnames.txt", "words-cy.txt")) {
      NAMES_AND_WELSH.addAll(Lexicons.keys(HealthVocabularyTest.class, "/hst/lexicons/" + f));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "health-diseases.txt, 8000, 10000",
    "health-symptoms.txt, 800, 1100",
    "health-phenotypes-lay.txt, 3000, 4000",
    "health-medicines.txt, 150, 250",
    "health-diseases-es.txt, 1300, 1800",
    "health-medicines-rxnorm.txt, 1700, 2300",
    "health-medicine-brands.txt, 2300, 3000",
    "health-procedures.txt, 2600, 3400",
    "health-phenotypes-it.txt, 2000, 2600",
    "health-phenotypes-es.txt, 7000, 8800",
  })
  void generatedVocabulary(String file, int min, int max) throws IOException {
    assertThat(PrivacyLexicons.HEALTH_FILES).contains(file);
    List<String> header = header(file);
    assertThat(header).anyMatch(l -> SOURCE.matcher(l).matches());
    assertThat(header).anyMatch(l -> LICENCE.matcher(l).matches());
    List<String> entries = PrivacyLexicons.lines(file);
    Matcher stated = STATED.matcher(String.join("", header));
    assertThat(stated.find()).as("header states its size").isTrue();
    assertThat(entries).hasSize(Integer.parseInt(stated.group(1)));
    assertThat(entries.size()).isBetween(min, max);
    assertThat(Set.copyOf(entries)).hasSameSizeAs(entries);
    for (String e : entries) {
      String key = Lexicons.key(e);
      assertThat(e.length()).as(e).isGreaterThan(3);
      assertThat(NAMES_AND_WELSH).as("a name or Welsh word: %s", e).doesNotContain(key);
      if (!e.contains(" ")) {
        assertThat(PrivacyLexicons.commonWord(key, 8000))
            .as("a common English word: %s", e)
            .isFalse();
      }
      if (e.chars().anyMatch(Character::isDigit)) {
        assertThat(NUMBERED.matcher(e).find()).as("a number: %s", e).isTrue();
        assertThat(CODE.matcher(e).find()).as("a code: %s", e).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ozempic, health-medicine-brands.txt",
    "zoloft, health-medicine-brands.txt",
    "semaglutide, health-medicines-rxnorm.txt",
    "thyroidectomy, health-procedures.txt",
    "cefalea, health-phenotypes-it.txt",
    "tos productiva, health-phenotypes-es.txt",
  })
  void termsReachTheHealthTrie(String term, String file) {
    assertThat(PrivacyLexicons.lines(file)).contains(term);
    if (!term.contains(" ")) {
      assertThat(PrivacyLexicons.HEALTH.containsKey(term)).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"now", "focus", "care", "plan b", "today", "advance"})
  void everydayWordsAreNoMedicine(String word) {
    assertThat(PrivacyLexicons.lines("health-medicine-brands.txt")).doesNotContain(word);
    assertThat(WordList.english().contains(word.split(" ")[0])).isTrue();
  }

  private static List<String> header(String file) throws IOException {
    try (InputStream in = HealthVocabularyTest.class.getResourceAsStream("/hst/lexicons/" + file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().takeWhile(l -> l.startsWith("#")).toList();
    }
  }
}
