package org.healthsocialtools.rules.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.rule.Lexicon;

/**
 * The word lists the privacy recognizers share, loaded once per JVM (they are immutable): name gazetteers,
 * clinical lexicons, staff titles, patient and staff cues, and English word frequencies. Single-token lists are
 * sets of token keys (lower case, accents folded) so a lookup is one hash probe per token.
 */
final class PrivacyLexicons {

  private static final String DIR = "/hst/lexicons/";

  static final Set<String> FIRST_NAMES = keys("first-names.txt");
  static final Set<String> SURNAMES = keys("surnames.txt");
  static final Set<String> AMBIGUOUS_FIRST_NAMES = keys("ambiguous-first-names.txt");
  /** Capitalised words that look like names but are not people: holidays, brands, places, charities. */
  static final Set<String> NOT_NAMES = keys("privacy-not-names.txt");
  static final Lexicon STAFF_TITLES = Lexicon.fromResource(PrivacyLexicons.class, DIR + "staff-titles.txt");
  /** Conditions, procedures and results (English), and Welsh, Italian and Spanish ones: one trie, one probe a token. */
  static final Lexicon HEALTH = Lexicon.of(concat("conditions.txt", "procedures.txt", "privacy-health-cy-es-it.txt",
      "health-diseases.txt", "health-symptoms.txt", "health-phenotypes-lay.txt", "health-medicines.txt",
      "health-diseases-es.txt"));
  static final Lexicon PATIENT_CUES = Lexicon.fromResource(PrivacyLexicons.class, DIR + "privacy-patient-cues.txt");
  static final Lexicon STAFF_CUES = Lexicon.fromResource(PrivacyLexicons.class, DIR + "privacy-staff-cues.txt");
  /** Rank of each English word by frequency (0 = most frequent). */
  static final Map<String, Integer> WORD_RANK = ranks("words-en.txt");

  private PrivacyLexicons() {}

  /** True if {@code key} is among the {@code top} most frequent English words. */
  static boolean commonWord(String key, int top) {
    Integer r = WORD_RANK.get(key);
    return r != null && r < top;
  }

  static boolean englishWord(String key) {
    return WORD_RANK.containsKey(key);
  }

  private static List<String> concat(String... files) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      out.addAll(lines(f));
    }
    return out;
  }

  private static Set<String> keys(String file) {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      out.add(TokenKeys.key(line));
    }
    return Set.copyOf(out);
  }

  private static Map<String, Integer> ranks(String file) {
    Map<String, Integer> out = new HashMap<>(80_000);
    int i = 0;
    for (String line : lines(file)) {
      out.putIfAbsent(line, i++);
    }
    return Map.copyOf(out);
  }

  static List<String> lines(String file) {
    try (InputStream in = PrivacyLexicons.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + DIR + file + " is missing from the classpath");
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String s = line.strip();
          if (!s.isEmpty() && !s.startsWith("#")) {
            out.add(s);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + DIR + file, e);
    }
  }
}
