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
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A post that talks about suicide or self-harm must say where to get help (Samaritans: "link to
 * available support"). This is a post-level check, so it is Java: one pass over the tokens finds
 * the first mention and any route to support (a named helpline or crisis service, 116 123, 988,
 * 111, 999, 85258, or a link). Institutional mentions ("suicide prevention training") are not talk
 * about suicide and do not count as mentions.
 */
@RuleDefinition(
    id = "tone.suicide-no-support",
    kind = Kind.SAFE_MESSAGING,
    severity = Severity.WARNING,
    locale = "en",
    summary = "Post about suicide or self-harm with no support line",
    message =
        "This post talks about suicide or self-harm ('{text}') but does not say where to get help.",
    suggestion =
        "Add a route to support, such as 'You can call Samaritans free on 116 123' (UK and Ireland) or"
            + " 'call or text 988' (US).",
    guidance =
        "https://samaritans.org/ireland/about-samaritans/research-policy/internet-suicide/"
            + "how-talk-about-suicide-safely-online",
    source = "SUI-13 (SAM-ON, SAM-RAIL)",
    flags = {
      "[[Suicide]] rates among young men in our region are rising. We must do more.",
      "Sometimes [[ending it all]] can seem like the only option. DM us.",
      "Thinking of the family of the young man who [[took his own life]] last night."
    },
    passes = {
      "If you're struggling, call or text 988 to reach the 988 Suicide & Crisis Lifeline.",
      "5,000 people in England die by suicide each year. Samaritans are there on 116 123.",
      "All our staff have now completed suicide prevention training.",
      "Feeling low? Talk to someone you trust, or call Childline free on 0800 1111."
    })
public final class SuicideSupportRule extends AnnotatedRule {

  private static final Set<String> MENTIONS =
      Set.of("suicide", "suicides", "suicidal", "selfharm", "overdosed");
  private static final Set<String> NOT_TALK_AFTER_PREVENTION =
      Set.of(
          "training",
          "strategy",
          "plan",
          "lead",
          "policy",
          "course",
          "programme",
          "program",
          "leads",
          "partnership");
  private static final Set<String> SUPPORT_WORDS =
      Set.of(
          "samaritans",
          "helpline",
          "helplines",
          "lifeline",
          "childline",
          "papyrus",
          "hopelineuk",
          "shout",
          "calm",
          "mind",
          "crisis",
          "988",
          "111",
          "999",
          "116",
          "85258",
          "741741",
          "911",
          "112",
          "samaritan",
          "listening");
  private static final Set<String> OWN_LIFE_VERBS =
      Set.of("take", "took", "taken", "taking", "takes", "end", "ended", "ending", "ends");

  public SuicideSupportRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    int[] mention = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = t.key();
      if (t.type() == TokenType.URL || t.type() == TokenType.EMAIL || SUPPORT_WORDS.contains(k)) {
        return;
      }
      if (mention != null || t.type() != TokenType.WORD) {
        continue;
      }
      if (MENTIONS.contains(k) && !institutional(tokens, i)) {
        mention = new int[] {t.start(), t.end()};
      } else if (k.equals("self")
          && (wordAt(tokens, i + 1, "harm") || wordAt(tokens, i + 2, "harm"))) {
        mention =
            new int[] {t.start(), tokens.get(wordAt(tokens, i + 1, "harm") ? i + 1 : i + 2).end()};
      } else if (OWN_LIFE_VERBS.contains(k)
          && wordAt(tokens, i + 2, "own")
          && wordAt(tokens, i + 3, "life")) {
        mention = new int[] {t.start(), tokens.get(i + 3).end()};
      } else if (k.equals("ending") && wordAt(tokens, i + 1, "it") && wordAt(tokens, i + 2, "all")
          || k.equals("end") && wordAt(tokens, i + 1, "it") && wordAt(tokens, i + 2, "all")) {
        mention = new int[] {t.start(), tokens.get(i + 2).end()};
      } else if (k.equals("kill")
          && (wordAt(tokens, i + 1, "myself") || wordAt(tokens, i + 1, "themselves"))) {
        mention = new int[] {t.start(), tokens.get(i + 1).end()};
      }
    }
    if (mention != null) {
      sink.report(
          mention[0],
          mention[1],
          null,
          Explanation.of(
              "post-level check",
              "mentions suicide or self-harm; no helpline, crisis service or link found"));
    }
  }

  private static boolean institutional(List<Token> tokens, int i) {
    return wordAt(tokens, i + 1, "prevention")
        && i + 2 < tokens.size()
        && NOT_TALK_AFTER_PREVENTION.contains(tokens.get(i + 2).key());
  }

  private static boolean wordAt(List<Token> tokens, int i, String key) {
    return i < tokens.size() && tokens.get(i).key().equals(key);
  }
}
