package org.healthsocialtools.rules.tone;

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
import org.healthsocialtools.rule.Lexicons;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Welsh public bodies publish bilingually (Welsh Language Standards). When the organisation's
 * profile sets {@code requireWelsh}, or a post is marked as Welsh ({@code locale: cy}), a post with
 * no Welsh text is reported. Welsh text is recognised by Welsh function and health words that
 * English does not use: {@value #MIN_WELSH_WORDS} or more of them, or one in five of the post's
 * words. A paired post (the Welsh version published separately) is not visible to a single check;
 * the profile can switch the rule off for organisations that publish that way.
 */
@RuleDefinition(
    id = "tone.welsh-version",
    kind = Kind.INCLUSIVE,
    severity = Severity.WARNING,
    summary = "Bilingual post required but no Welsh text",
    message = "This post has no Welsh text, but the organisation publishes in Welsh and English.",
    suggestion = "Add the Welsh version above the English (or publish a paired Welsh post).",
    guidance =
        "https://www.welshlanguagecommissioner.wales/public-and-professionals/information-for-organisations",
    source = "Welsh Language Standards (Welsh Language (Wales) Measure 2011); profile requireWelsh",
    flags = {"{locale=cy} [[Walk-in flu clinic on Saturday, 10am to 2pm. No appointment needed.]]"},
    passes = {
      "{locale=cy} Clinig ffliw galw heibio dydd Sadwrn. Dim angen apwyntiad.\nWalk-in flu clinic on Saturday.",
      "Walk-in flu clinic on Saturday, 10am to 2pm. No appointment needed."
    })
public final class WelshVersionRule extends AnnotatedRule {

  static final int MIN_WELSH_WORDS = 3;
  private static final Set<String> WELSH =
      Lexicons.set(WelshVersionRule.class, "/hst/lexicons/welsh-marker-words.txt");

  /** Words Welsh shares with English; they never count alone. */
  private static final Set<String> SHARED =
      Lexicons.set(WelshVersionRule.class, "/hst/lexicons/welsh-shared-words.txt");

  private final boolean required;

  public WelshVersionRule(RuleContext context) {
    super();
    this.required = context.profile().requireWelsh();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    boolean markedWelsh =
        post.post().locale() != null
            && post.post().locale().toLowerCase(java.util.Locale.ROOT).startsWith("cy");
    if (!required && !markedWelsh) {
      return;
    }
    List<Token> tokens = post.tokens();
    int words = 0;
    int welsh = 0;
    for (Token t : tokens) {
      if (t.type() != TokenType.WORD) {
        continue;
      }
      words++;
      if (WELSH.contains(t.key()) && !SHARED.contains(t.key())) {
        welsh++;
      }
    }
    if (words == 0 || welsh >= MIN_WELSH_WORDS || welsh * 5 >= words && welsh > 0) {
      return;
    }
    sink.report(
        0,
        post.text().length(),
        null,
        Explanation.of(
            required ? "profile requireWelsh" : "post locale cy",
            welsh + " Welsh word(s) in " + words));
  }
}
