package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Map;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;

/**
 * The frames that decide whether a clinical word is a detail about one particular person, for
 * {@link HealthDetailRule} and {@link ClinicalEventRule}. Word lists: {@code
 * /hst/lexicons/clinical-frames.txt}, one section per frame:
 *
 * <ul>
 *   <li>{@code service-after}: a word after the term that makes it a service, training topic or
 *       campaign ("cardiac rehab team", "CPR training"), whoever else the sentence names;
 *   <li>{@code activity}: a sentence about teaching, awareness, recruitment or a retirement
 *       ("learned CPR at our training day"), where a clinical term is a topic;
 *   <li>{@code place} and {@code to-place}: a place where staff work ("resus", "cath lab") is a
 *       detail only when someone is taken there ("went to the cath lab");
 *   <li>{@code detail}: phrases that are a detail by themselves ("blood alcohol", "three
 *       miscarriages", "safeguarding referral");
 *   <li>{@code one}: nouns for one person with a determiner before and a verb after ("the driver
 *       was", "our regular was back").
 * </ul>
 *
 * Each method answers for one term and costs a few lookups in its sentence.
 */
final class ClinicalFrames {

  private ClinicalFrames() {}

  private static final Map<String, Lexicon> FRAMES =
      ReplyWords.sections("/hst/lexicons/clinical-frames.txt");
  static final Lexicon SERVICE_NOUN = FRAMES.get("service-noun");
  static final Lexicon SERVICE_AFTER = FRAMES.get("service-after");
  static final Lexicon ACTIVITY = FRAMES.get("activity");
  static final Lexicon PLACE = FRAMES.get("place");
  static final Lexicon TO_PLACE = FRAMES.get("to-place");
  static final Lexicon DETAIL = FRAMES.get("detail");
  static final Lexicon ONE = FRAMES.get("one");
  static final Lexicon POSSESSIVE = FRAMES.get("possessive");
  static final Lexicon GENERIC = FRAMES.get("generic");
  static final Lexicon OURS = FRAMES.get("ours");
  static final Lexicon LINK = FRAMES.get("generic-link");

  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of("a", "an", "the", "our", "this", "that", "one", "my");

  /** True if the word after tokens {@code [first, end)} names a service, topic or campaign. */
  static boolean serviceAfter(AnalyzedPost post, int end) {
    return end < post.tokens().size() && SERVICE_AFTER.longestAt(post, end) != null;
  }

  private static final AnalyzedPost.Key<String[][]> KEY =
      new AnalyzedPost.Key<>("privacy.clinical-frames");

  /**
   * Per sentence, computed once per post: [0] its activity cue, [1] its one-person noun, or {@code
   * null}.
   */
  private static String[][] bySentence(AnalyzedPost post) {
    return post.shared(KEY, ClinicalFrames::scan);
  }

  private static String[][] scan(AnalyzedPost post) {
    int n = post.sentences().size();
    String[] activity = new String[n];
    String[] one = new String[n];
    List<Token> tokens = post.tokens();
    for (int j = 0; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      int s = t.sentence();
      if (activity[s] == null) {
        Lexicon.Match m = ACTIVITY.longestAt(post, j);
        if (m != null) {
          activity[s] = m.entry();
        }
      }
      Lexicon.Match who = one[s] == null && t.isWord() ? ONE.longestAt(post, j) : null;
      if (who != null) {
        int e = who.end();
        boolean determiner = j == 0 || DETERMINERS.contains(tokens.get(j - 1).key());
        boolean verbAfter =
            e < tokens.size()
                && (tokens.get(e).type() == TokenType.PUNCT
                    || post.pos(e).equals("VERB")
                    || post.pos(e).equals("AUX"));
        if (determiner && verbAfter) {
          one[s] = who.entry();
        }
      }
    }
    return new String[][] {activity, one};
  }

  /** The activity cue of the sentence holding token {@code i}, or {@code null}. */
  static String activity(AnalyzedPost post, int i) {
    return bySentence(post)[0][post.tokens().get(i).sentence()];
  }

  /**
   * The one-person noun of the sentence holding token {@code i} ("the driver was"), or {@code
   * null}.
   */
  static String onePerson(AnalyzedPost post, int i) {
    return bySentence(post)[1][post.tokens().get(i).sentence()];
  }

  /** Tokens from {@code first} that name a place of care ("resus", "the cath lab"), or null. */
  static Lexicon.Match place(AnalyzedPost post, int first) {
    return PLACE.longestAt(post, first);
  }

  /** True if a movement into a place ("went to", "straight to") ends just before {@code first}. */
  static boolean takenTo(AnalyzedPost post, int first) {
    List<Token> tokens = post.tokens();
    int sentence = tokens.get(first).sentence();
    for (int j = Math.max(0, first - 5); j < first; j++) {
      Lexicon.Match m = TO_PLACE.longestAt(post, j);
      if (m != null
          && m.end() >= first - 1
          && m.end() <= first
          && tokens.get(j).sentence() == sentence) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why the sentence holding token {@code i} is about one particular person, or {@code null}: it
   * refers to one individual, the post names a patient, a possessive stands just before the detail
   * ("la sua emoglobina"), or a one-person noun is its subject ("the driver was").
   */
  static String tie(AnalyzedPost post, PostFacts facts, int i) {
    List<Token> tokens = post.tokens();
    int sentence = tokens.get(i).sentence();
    if (facts.individualSentence[sentence] && facts.tiedToPerson(i)) {
      return "the sentence refers to one individual (+)";
    }
    if (facts.tiedToPerson(i) && !(question(post, sentence) && bare(tokens, i))) {
      return "the post names a patient (+)";
    }
    if (facts.genericSentence[sentence]) {
      return null;
    }
    for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
      if (tokens.get(j).sentence() == sentence && POSSESSIVE.containsKey(tokens.get(j).key())) {
        return "'" + tokens.get(j).text() + "' makes it one person's (+)";
      }
    }
    String one = onePerson(post, i);
    return one == null ? null : "the sentence is about one person ('" + one + "') (+)";
  }

  /**
   * Why the term at tokens {@code [first, end)} is about people in general or the organisation's
   * own, or {@code null}: a plural subject just before it or opening the sentence ("patients after
   * a stroke"), or "our" before it ("our end-of-treatment bell").
   */
  static String general(AnalyzedPost post, int first) {
    List<Token> tokens = post.tokens();
    int sentence = tokens.get(first).sentence();
    if (first > 0 && OURS.containsKey(tokens.get(first - 1).key())) {
      return "'" + tokens.get(first - 1).text() + "' makes it the organisation's own";
    }
    for (int j = first - 1; j >= Math.max(0, first - 4); j--) {
      if (tokens.get(j).sentence() != sentence) {
        break;
      }
      if (GENERIC.containsKey(tokens.get(j).key())
          && j + 1 < first
          && LINK.containsKey(tokens.get(j + 1).key())) {
        return "'" + tokens.get(j).text() + " " + tokens.get(j + 1).text() + "' makes it general";
      }
    }
    int start = post.sentences().get(sentence).firstToken();
    for (int j = start; j < Math.min(first, start + 3); j++) {
      if (GENERIC.containsKey(tokens.get(j).key())) {
        return "'" + tokens.get(j).text() + "' makes it general";
      }
    }
    return null;
  }

  /** No article or possessive just before the term: "Need bloods?", not "spot the bleed?". */
  private static boolean bare(List<Token> tokens, int i) {
    return i == 0
        || !DETERMINERS.contains(tokens.get(i - 1).key())
            && !POSSESSIVE.containsKey(tokens.get(i - 1).key());
  }

  /** A sentence that asks the reader ("Need bloods?"). */
  private static boolean question(AnalyzedPost post, int sentence) {
    var s = post.sentences().get(sentence);
    return s.tokenEnd() > s.firstToken() && post.tokens().get(s.tokenEnd() - 1).text().equals("?");
  }
}
