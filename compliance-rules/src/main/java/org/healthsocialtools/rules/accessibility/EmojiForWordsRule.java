package org.healthsocialtools.rules.accessibility;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * An emoji standing in for a word inside a sentence: right after a word that needs a noun or
 * adjective to follow ("your", "the", "so", "we") and right before a lower-case word that carries
 * the sentence on ("Get your 💉 at the 🏥 this Saturday"). Screen readers then read "get your
 * syringe at the hospital", and many readers cannot decode the picture. An emoji at the end of a
 * phrase is decoration and passes.
 */
@RuleDefinition(
    id = "accessibility.emoji-for-words",
    kind = Kind.EMOJI,
    severity = Severity.INFO,
    locale = "en",
    summary = "Emoji used in place of words",
    message =
        "'{text}' stands in for a word: not everyone can read it, and screen readers read its name instead.",
    suggestion = "Write the word; put emoji after the words, not instead of them.",
    guidance =
        "https://www.aims.edu/accessibility-learning-hub/staff-resources/social-media-content-creators",
    source = "A11-05 (A11Y-AIMS, MVDC)",
    flags = {"Get your [[💉]] at the [[🏥]] this Sat!", "We [[❤️]] our nurses"},
    passes = {
      "Get your flu vaccine at the hospital this Saturday 💉",
      "Thank you to our nurses 💙 and midwives",
      "Huge thanks to our team 💙 Proud of you all"
    })
public final class EmojiForWordsRule extends AnnotatedRule {

  /** Words after which a noun, verb or adjective must follow. */
  private static final Set<String> NEEDS_NEXT =
      Set.of(
          "the", "a", "an", "your", "my", "our", "their", "his", "her", "its", "this", "that",
          "these", "those", "some", "to", "at", "for", "of", "in", "on", "with", "from", "get",
          "got", "so", "very", "i", "i'm", "im", "am", "is", "are", "was", "were", "be", "we",
          "you", "they", "really", "more", "most");

  public EmojiForWordsRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Emoji.One> all = Emoji.of(post);
    List<Token> tokens = post.tokens();
    for (Emoji.One e : all) {
      int i = e.token();
      if (i == 0 || i + 1 >= tokens.size()) {
        continue;
      }
      Token before = tokens.get(i - 1);
      Token after = tokens.get(i + 1);
      if (before.type() == TokenType.WORD
          && NEEDS_NEXT.contains(before.key())
          && after.type() == TokenType.WORD
          && Character.isLowerCase(after.text().charAt(0))
          && before.sentence() == after.sentence()) {
        sink.report(
            e.start(),
            e.end(),
            null,
            Explanation.of(
                "emoji between words",
                "after '" + before.text() + "', before '" + after.text() + "'"));
      }
    }
  }
}
