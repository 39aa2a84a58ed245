package org.healthsocialtools.rules.accessibility;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicons;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Multi-word hashtags written all in lower case (or with only the first letter capital), which
 * screen readers read as one long nonsense word. A tag is multi-word when the frequency-ordered
 * word list splits it into two or more words and it is not itself a word; the suggestion is the
 * CamelCase form. Welsh posts are split with the Welsh list as well. Single-word tags (#flu, #NHS,
 * #wellbeing) and tags that do not split (names, brands) pass.
 */
@RuleDefinition(
    id = "accessibility.hashtag-case",
    kind = Kind.HASHTAG_CASE,
    severity = Severity.INFO,
    summary = "Multi-word hashtag not written in CamelCase",
    message = "Screen readers read '{text}' as one word; capitalise each word.",
    suggestion = "Write it in CamelCase.",
    guidance = "https://digital.accessibility.princeton.edu/guidelines/social-media",
    source = "A11-01 (A11Y-PU, MVDC, A11Y-OX, A11Y-AIMS)",
    flags = {
      "Long night ahead [[#nightshift]]",
      "It's [[#worldmentalhealthday]] today",
      "Free checks this Saturday [[#knowyournumbers]] [[#bloodpressure]]",
      "Take a break today [[#itsoknottobeok]]",
      "Talk to someone today [[#Mentalhealth]]",
      "{locale=cy} Cymerwch funud i chi'ch hun heddiw [[#iechydmeddwl]]"
    },
    passes = {
      "Get your jab #flu #NHS",
      "Supporting staff #wellbeing",
      "Stoptober starts today! #Stoptober",
      "It's #WorldMentalHealthDay today #MentalHealthMatters",
      "Walk-in clinic this Saturday #FluVaccine #healthcare",
      "Stay cool and drink water in the #Heatwave",
      "Our new clinic opens in #Blackpool next week",
      "Book your free class today #Antenatal #Midwifery",
      "Thank you to everyone who came #Fundraising #Ashmere",
      "Giornata mondiale del cuore: prenditi cura di te #cardiologia"
    })
public final class HashtagCaseRule extends AnnotatedRule {

  private static final int MIN_LETTERS = 6;

  /**
   * Closed compounds that dictionaries give as one word but the frequency word list lacks ({@code
   * hst/lexicons/hashtag-one-word.txt}): "#Heatwave" is one word, so "#HeatWave" would be wrong
   * advice. Inflections are handled below.
   */
  private static final Set<String> ONE_WORD =
      Lexicons.set(HashtagCaseRule.class, "/hst/lexicons/hashtag-one-word.txt");

  /** Endings that inflect a dictionary word ("lockdowns", "heatwaves"), tried in this order. */
  private static final List<String> ENDINGS = List.of("s", "es", "ing", "ed");

  /**
   * Last elements of place names ({@code hst/lexicons/place-name-endings.txt}: Blackpool,
   * Wakefield, Windermere): a capitalised tag that splits into words ending in one of these is far
   * more often a town or a site than a run-together phrase.
   */
  private static final Set<String> PLACE_ENDINGS =
      Lexicons.set(HashtagCaseRule.class, "/hst/lexicons/place-name-endings.txt");

  /**
   * A capitalised tag ("#Antenatal", "#Kingsmere") is written as one word by its author; it is
   * advised on only when every piece of the split is a common word (rank at most this), so that
   * "#Mentalhealth" is flagged but a rare word or a name that happens to split ("ante + natal") is
   * not.
   */
  private static final int CAPITALISED_MAX_RANK = 12_000;

  /**
   * Built on first need: the word lists take a tenth of a second to load, and most posts have no
   * such hashtag.
   */
  private static final class Segmenters {
    static final HashtagSegmenter ENGLISH = new HashtagSegmenter(List.of(WordList.english()));
    static final HashtagSegmenter WELSH =
        new HashtagSegmenter(List.of(WordList.welsh(), WordList.english()));
  }

  public HashtagCaseRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    for (Token t : post.tokens()) {
      if (t.type() != TokenType.HASHTAG
          || t.text().length() <= MIN_LETTERS
          || !lowerAfterFirst(t.text())) {
        continue;
      }
      String tag = t.text().substring(1).toLowerCase(Locale.ROOT);
      boolean cy = post.language().equals("cy");
      if (post.language().equals("es") || post.language().equals("it")) {
        return; // only English and Welsh word lists: a Spanish or Italian tag would split into
        // English nonsense
      }
      if (oneWord(tag) || cy && WordList.welsh().contains(tag)) {
        continue; // a single word: no confident split, so no advice
      }
      List<String> words = (cy ? Segmenters.WELSH : Segmenters.ENGLISH).split(tag);
      if (words.size() < 2
          || !plausible(words)
          || Character.isUpperCase(t.text().charAt(1)) && !commonPhrase(words)) {
        continue;
      }
      StringBuilder camel = new StringBuilder("#");
      for (String w : words) {
        camel.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      }
      sink.report(
          t.start(),
          t.end(),
          "Write it as " + camel + ".",
          Explanation.of("word-list segmentation", "splits into " + String.join(" + ", words)));
    }
  }

  /**
   * True when a capitalised tag's split reads as a phrase: every piece a common word and the last
   * not a place-name element.
   */
  private static boolean commonPhrase(List<String> words) {
    if (PLACE_ENDINGS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (String w : words) {
      int r = WordList.english().rank(w);
      if (w.length() > 1 && (r == 0 || r > CAPITALISED_MAX_RANK)) {
        return false;
      }
    }
    return true;
  }

  /** True for a dictionary word, a known closed compound, or either with a regular ending. */
  private static boolean oneWord(String tag) {
    if (WordList.english().contains(tag) || ONE_WORD.contains(tag)) {
      return true;
    }
    for (String e : ENDINGS) {
      if (tag.endsWith(e) && tag.length() > e.length() + 3) {
        String stem = tag.substring(0, tag.length() - e.length());
        if (WordList.english().contains(stem) || ONE_WORD.contains(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A split into real words has at most one one-letter piece, and only "a" or "i"
   * ("card+i+o+log+i+a" is not).
   */
  private static boolean plausible(List<String> words) {
    int single = 0;
    for (String w : words) {
      if (w.length() == 1 && (++single > 1 || !w.equals("a") && !w.equals("i"))) {
        return false;
      }
    }
    return true;
  }

  /** True when every letter after the first is lower case (the first may be either). */
  private static boolean lowerAfterFirst(String hashtag) {
    for (int i = 2; i < hashtag.length(); i++) {
      if (Character.isUpperCase(hashtag.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
