package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;

/**
 * The clinical complement of an event trigger, for {@link ClinicalEventRule}: what follows
 * "admitted with", "diagnosed with", "ricoverata per" up to a clause break, and the generic
 * subjects ("anyone admitted with") that make the trigger general.
 */
final class EventComplement {

  private EventComplement() {}

  /** Where a complement ends. */
  static final Set<String> STOP =
      Set.of(
          "and",
          "but",
          "so",
          "because",
          "at",
          "on",
          "in",
          "to",
          "after",
          "last",
          "this",
          "yesterday",
          "today",
          "tonight",
          "when",
          "while",
          "since",
          "who",
          "which",
          "that",
          "we",
          "our",
          "is",
          "was",
          "has",
          "had",
          "then",
          "until",
          "before",
          "by",
          "from",
          "with",
          "for",
          "y",
          "e",
          "a",
          "en",
          "ayer",
          "hoy",
          "oggi",
          "ieri",
          "ac",
          "a'r",
          "heddiw",
          "ddoe",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "morning",
          "night",
          "week",
          "weekend",
          "month",
          "year",
          "ago",
          "now",
          "again",
          "recently",
          "he",
          "she",
          "they",
          "i",
          "you",
          "it",
          "ward",
          "unit",
          "team");

  /** Words that may open a complement before its head ("a", "her", "suspected"). */
  static final Set<String> OPENERS =
      Set.of(
          "a",
          "an",
          "the",
          "her",
          "his",
          "their",
          "suspected",
          "severe",
          "really",
          "very",
          "quite",
          "bad",
          "nasty",
          "acute",
          "un",
          "una",
          "uno",
          "la",
          "el",
          "il",
          "lo",
          "ei");

  /** Complements that are not a clinical detail ("living with her daughter", "came in with it"). */
  static final Set<String> NOT_CLINICAL =
      Set.of(
          "it",
          "this",
          "that",
          "something",
          "us",
          "them",
          "him",
          "her",
          "me",
          "family",
          "friends",
          "friend",
          "son",
          "daughter",
          "mum",
          "dad",
          "wife",
          "husband",
          "partner",
          "kids",
          "children",
          "dog",
          "flowers",
          "cake",
          "gifts",
          "gift",
          "card",
          "cards",
          "pride",
          "love",
          "thanks",
          "smile",
          "smiles",
          "courage",
          "dignity",
          "grace",
          "strength",
          "style",
          "confidence",
          "everyone",
          "colleagues",
          "staff",
          "team",
          "questions",
          "concerns");

  /**
   * Generic subjects before a trigger: "chi soffre di ...", "patients admitted with ...", "anyone
   * diagnosed".
   */
  static final Set<String> GENERIC_BEFORE =
      Set.of(
          "chi",
          "quien",
          "quienes",
          "anyone",
          "people",
          "those",
          "patients",
          "pazienti",
          "pacientes",
          "cleifion",
          "everyone",
          "someone",
          "many",
          "most",
          "nobody",
          "anybody",
          "whoever",
          "children",
          "adults",
          "men",
          "women",
          "persone",
          "personas",
          "pobl",
          "you",
          "if",
          "cualquiera",
          "chiunque",
          "families",
          "kids",
          "residents",
          "others",
          "more",
          "fewer",
          "thousands",
          "millions");

  /**
   * End (exclusive) of the clinical complement starting at token {@code from}, or {@code from} if
   * none.
   */
  static int complement(AnalyzedPost post, int from) {
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    if (from >= n) {
      return from;
    }
    int sentence = tokens.get(from - 1).sentence();
    int end = from;
    int words = 0;
    boolean head = false;
    for (int j = from; j < n && words < 5; j++) {
      Token u = tokens.get(j);
      // a line break before the head word ("admitted with a\nnasty chest bug") does not end the
      // complement
      if (u.sentence() != sentence && head
          || u.type() == TokenType.PUNCT && !u.text().equals("-")
          || u.type() == TokenType.HASHTAG
          || u.type() == TokenType.MENTION
          || u.type() == TokenType.URL
          || u.type() == TokenType.EMOJI) {
        break;
      }
      if (u.type() == TokenType.PUNCT) {
        continue;
      }
      sentence = u.sentence();
      String k = u.key();
      if (words > 0 && STOP.contains(k) || words == 0 && STOP.contains(k) && !OPENERS.contains(k)) {
        break;
      }
      if (NOT_CLINICAL.contains(k) && !OPENERS.contains(k)
          || PostFacts.PERSON_NOUNS.contains(k)
          || u.isCapitalised() && PrivacyLexicons.FIRST_NAMES.contains(k) && j > from) {
        return from;
      }
      words++;
      end = j + 1;
      head |= !OPENERS.contains(k);
    }
    return head ? end : from;
  }
}
