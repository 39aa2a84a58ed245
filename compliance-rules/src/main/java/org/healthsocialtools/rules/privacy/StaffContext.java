package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;

/**
 * Whether a name is a member of staff (labelling.md: staff named in a staff, award or recruitment
 * context are not findings): a job title next to it ("Joy Adeyemi, Ward Manager", "our Porter of
 * the Year, Frank"), "from HR", an award or welcome in the same sentence with no patient cue, or a
 * post that is all staff cues and no care story.
 */
final class StaffContext {

  private static final Set<String> GLUE =
      Set.of(
          "our", "new", "the", "a", "senior", "lead", "is", "was", "as", "and", "of", "year",
          "named", "to", "la", "il", "nostra", "nostro", "nuova", "nuovo", "nuestra", "nuestro",
          "nueva", "nuevo", "ein", "newydd", "yr");
  private static final Set<String> DEPARTMENTS =
      Set.of(
          "hr",
          "payroll",
          "finance",
          "it",
          "estates",
          "comms",
          "communications",
          "facilities",
          "admin",
          "reception",
          "switchboard",
          "team",
          "ops",
          "management");

  /**
   * Phrases of the staff lists that also introduce patients ("shout out to Margaret", "thank you to
   * Derek").
   */
  private static final Set<String> NOT_TITLES =
      Set.of(
          "congratulations",
          "congrats",
          "welcome",
          "meet",
          "well done",
          "huge congratulations",
          "llongyfarchiadau",
          "congratulations to",
          "shout out to",
          "shoutout to",
          "thank you to",
          "well done to",
          "on shift",
          "night shift",
          "day shift",
          "newly qualified",
          "carer",
          "volunteer",
          "volunteers",
          "chair",
          "fellow",
          "governor",
          "admin",
          "sister",
          // a long-stay patient is said goodbye to as well as a colleague
          "farewell",
          "goodbye",
          "good bye");

  private static final Lexicon[] BEFORE_LISTS = {
    PrivacyLexicons.STAFF_TITLES, PrivacyLexicons.STAFF_CUES
  };

  private StaffContext() {}

  /**
   * Why the name at tokens [first, end) is staff, or null. Costs O(window): a few tokens either
   * side.
   */
  static String near(AnalyzedPost post, PostFacts facts, int first, int end) {
    List<Token> tokens = post.tokens();
    // A job title just after the name: "Joy Adeyemi, Ward Manager".
    for (int j = end, n = 0; j < tokens.size() && n < 5; j++, n++) {
      Token t = tokens.get(j);
      Lexicon.Match m = PrivacyLexicons.STAFF_TITLES.longestAt(post, j);
      if (m != null) {
        return "job title '" + m.entry() + "' next to the name (-)";
      }
      if (t.key().equals("from")) {
        // "from HR", "from our patient experience team"
        for (int d = j + 1; d < Math.min(tokens.size(), j + 5); d++) {
          if (DEPARTMENTS.contains(tokens.get(d).key())) {
            return "'from ... " + tokens.get(d).text() + "': a colleague (-)";
          }
        }
      }
      if (t.type() != TokenType.PUNCT && !GLUE.contains(t.key())) {
        break;
      }
    }
    // A job title or award phrase just before: "our Porter of the Year, Frank Osei".
    for (int j = first - 1, n = 0; j >= 0 && n < 6; j--, n++) {
      Token t = tokens.get(j);
      for (Lexicon lex : BEFORE_LISTS) {
        Lexicon.Match m = lex.longestAt(post, j);
        if (m != null && m.end() <= first && isTitleLike(m.entry())) {
          return "'" + m.entry() + "' just before the name (-)";
        }
      }
      if (t.type() != TokenType.PUNCT && !GLUE.contains(t.key())) {
        break;
      }
    }
    // Cues are indexed by sentence once per post (PostFacts): this lookup is O(1), not a scan of
    // every cue, so a
    // name repeated through a long post costs linear time.
    int sentence = tokens.get(first).sentence();
    if (facts.staffCueSentence[sentence] && !facts.patientCueSentence[sentence]) {
      return "staff or award words in the same sentence and no patient cue (-)";
    }
    if (facts.staffScore() > 0 && facts.patientScore() == 0) {
      return "a staff, award or recruitment post with no sign of a patient (-)";
    }
    return null;
  }

  private static boolean isTitleLike(String entry) {
    return !NOT_TITLES.contains(entry.toLowerCase(java.util.Locale.ROOT));
  }
}
