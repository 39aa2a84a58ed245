package org.healthsocialtools.internal.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicons;

/**
 * Decides the language of a post. A caller's locale wins. Otherwise function words vote (cheap, and
 * reliable on short posts where character n-gram models are not); only when the vote is unclear
 * does OpenNLP's language detector, loaded on first need, decide. Posts with no words fall back to
 * the house language.
 */
public final class LanguageGuesser {

  /** Function words per language, from {@code hst/lexicons/function-words-*.txt}, in vote order. */
  private static final Map<String, Set<String>> FUNCTION_WORDS =
      functionWords("en", "cy", "es", "it");

  /** The languages in {@link #FUNCTION_WORDS}' own iteration order, which the vote below keeps. */
  private static final String[] LANGUAGES;

  /**
   * Per function word, bit i set when it belongs to {@code LANGUAGES[i]}: one lookup per word, not
   * four.
   */
  private static final Map<String, Integer> MEMBERSHIP = new HashMap<>();

  static {
    LANGUAGES = FUNCTION_WORDS.entrySet().stream().map(Map.Entry::getKey).toArray(String[]::new);
    for (int i = 0; i < LANGUAGES.length; i++) {
      for (String w : FUNCTION_WORDS.get(LANGUAGES[i])) {
        MEMBERSHIP.merge(w, 1 << i, (a, b) -> a | b);
      }
    }
  }

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String l : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO1.put(Locale.forLanguageTag(l).getISO3Language(), l);
      } catch (java.util.MissingResourceException ignored) {
        // no three-letter code for this language
      }
    }
    ISO3_TO_ISO1.put("cym", "cy");
  }

  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(Models.languageModel()));

  private LanguageGuesser() {}

  private static Map<String, Set<String>> functionWords(String... languages) {
    Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
    for (String l : languages) {
      m.put(l, Lexicons.set(LanguageGuesser.class, "/hst/lexicons/function-words-" + l + ".txt"));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * @param locale the post's locale or {@code null}
   * @param houseLanguage language to assume when the text gives no evidence
   */
  public static String guess(
      String text, List<Tokenizer.Raw> tokens, String locale, String houseLanguage) {
    if (locale != null && !locale.isBlank()) {
      return Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
    }
    Map<String, Integer> votes = new HashMap<>(4);
    int words = 0;
    for (Tokenizer.Raw t : tokens) {
      if (t.type() != TokenType.WORD) {
        continue;
      }
      words++;
      Integer member = MEMBERSHIP.get(t.text().toLowerCase(Locale.ROOT));
      for (int i = 0; member != null && i < LANGUAGES.length; i++) {
        if ((member & (1 << i)) != 0) {
          votes.merge(LANGUAGES[i], 1, Integer::sum);
        }
      }
    }
    if (words == 0) {
      return houseLanguage;
    }
    String best = null;
    int bestVotes = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > bestVotes) {
        second = bestVotes;
        best = e.getKey();
        bestVotes = e.getValue();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (best != null && bestVotes >= 2 && bestVotes >= 2 * second) {
      return best;
    }
    if (words < 4) {
      return best != null ? best : houseLanguage;
    }
    Language l = DETECTOR.get().predictLanguage(text);
    String iso1 = ISO3_TO_ISO1.get(l.getLang());
    return iso1 != null && l.getConfidence() > 0.2 ? iso1 : (best != null ? best : houseLanguage);
  }
}
