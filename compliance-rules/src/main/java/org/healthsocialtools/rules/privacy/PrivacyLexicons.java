package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.Lexicons;
import org.healthsocialtools.rules.accessibility.WordList;

/**
 * The word lists the privacy recognizers share, loaded once per JVM (they are immutable): name
 * gazetteers, clinical lexicons, staff titles, patient and staff cues, and English word
 * frequencies. Single-token lists are sets of token keys (lower case, accents folded) so a lookup
 * is one hash probe per token.
 */
final class PrivacyLexicons {

  private static final String DIR = "/hst/lexicons/";

  /** The files of {@link #HEALTH}, hand-compiled lists first. */
  static final List<String> HEALTH_FILES =
      List.of(
          "conditions.txt",
          "procedures.txt",
          "privacy-health-cy-es-it.txt",
          "health-diseases.txt",
          "health-symptoms.txt",
          "health-phenotypes-lay.txt",
          "health-medicines.txt",
          "health-diseases-es.txt",
          "health-medicines-rxnorm.txt",
          "health-medicine-brands.txt",
          "health-procedures.txt",
          "health-phenotypes-it.txt",
          "health-phenotypes-es.txt");

  static final Set<String> FIRST_NAMES = keys("first-names.txt");
  static final Set<String> SURNAMES = keys("surnames.txt");
  static final Set<String> AMBIGUOUS_FIRST_NAMES = keys("ambiguous-first-names.txt");

  /**
   * Capitalised words that look like names but are not people: holidays, brands, places, charities.
   */
  static final Set<String> NOT_NAMES = keys("privacy-not-names.txt");

  /**
   * Job titles, with the plural of each multi-word English title added ("one of our advanced
   * clinical practitioners"); single words list their plurals themselves.
   */
  static final Lexicon STAFF_TITLES = Lexicon.of(withPlurals(lines("staff-titles.txt")));

  /**
   * Conditions, procedures, tests, medicines and their brand names (English), and Welsh, Italian
   * and Spanish conditions and findings: one trie, one probe a token. The open vocabularies are
   * built by scripts/vocab/ (see docs/clinical-knowledge.md); the Italian and Spanish lists hold
   * phrases and clinical words that do not occur in English prose, so one trie serves every
   * language.
   */
  static final Lexicon HEALTH = Lexicon.of(concat(HEALTH_FILES.toArray(String[]::new)));

  static final Lexicon PATIENT_CUES =
      Lexicon.fromResource(PrivacyLexicons.class, DIR + "privacy-patient-cues.txt");
  static final Lexicon STAFF_CUES =
      Lexicon.fromResource(PrivacyLexicons.class, DIR + "privacy-staff-cues.txt");

  private PrivacyLexicons() {}

  /**
   * True if {@code key} is among the {@code top} most frequent English words ({@link
   * WordList#english()}).
   */
  static boolean commonWord(String key, int top) {
    int r = WordList.english().rank(key);
    return r > 0 && r <= top;
  }

  static boolean englishWord(String key) {
    return WordList.english().contains(key);
  }

  private static List<String> concat(String... files) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      out.addAll(lines(f));
    }
    return out;
  }

  /**
   * The entries and, for each of several words whose last word is English and ends in a letter
   * other than s, that word's plural ("advanced clinical practitioner" -> "... practitioners",
   * "staff nurse" -> "staff nurses").
   */
  private static List<String> withPlurals(List<String> entries) {
    List<String> out = new ArrayList<>(entries);
    for (String e : entries) {
      int space = e.lastIndexOf(' ');
      if (space > 0 && !e.endsWith("s") && englishWord(e.substring(space + 1))) {
        out.add(
            e.endsWith("y") && !e.endsWith("ey")
                ? e.substring(0, e.length() - 1) + "ies"
                : e + "s");
      }
    }
    return out;
  }

  private static Set<String> keys(String file) {
    return Lexicons.keys(PrivacyLexicons.class, DIR + file);
  }

  static List<String> lines(String file) {
    return Lexicons.entries(PrivacyLexicons.class, DIR + file);
  }
}
