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
 * Shouting in capitals. Acronyms are not shouting, so words on the acronym list, words with digits
 * (postcodes, plates) and single letters are skipped. The rest is a run of capitalised words
 * (punctuation between them does not break the run): three or more, in any language, or two when
 * one is an ordinary English word, or one English word of four or more letters ("OPEN", "NEVER").
 * Unknown short capitals on their own ("SDEC") are taken for acronyms.
 */
@RuleDefinition(
    id = "accessibility.caps",
    kind = Kind.CAPS,
    severity = Severity.WARNING,
    summary = "Words in block capitals",
    message = "'{text}' is in block capitals, which reads as shouting and is harder to read.",
    suggestion = "Use sentence case; add emphasis with wording instead.",
    guidance = "https://service-manual.nhs.uk/content/punctuation",
    source = "A11-07 (NHS-PUN)",
    flags = {
      "A&E [[IS EXTREMELY BUSY TODAY. PLEASE ONLY COME IF IT IS A GENUINE EMERGENCY]].",
      "¡[[ATENCIÓN! LA CLÍNICA ESTARÁ CERRADA]] el lunes",
      "Please [[NEVER]] leave children alone in the bath",
      "[[WHY DO PEOPLE THINK]] it's ok to shout?"
    },
    passes = {
      "Call NHS 111 or visit A&E. The CQC rated us Good.",
      "Text SHOUT to 85258 or call Samaritans",
      "Our new SDEC unit opens on Monday",
      "Day 12 on NICU and our twins are feeding well",
      "Remember FAST: face, arms, speech, time",
      "COVID-19 and RSV vaccines for people aged 75 and over",
      "Car KX19 TYR is blocking the ambulance bay, postcode CF14 4XW"
    })
public final class CapsRule extends AnnotatedRule {

  private static final int COMMON_WORD_RANK = 20_000;

  /** Acronyms and names written in capitals ({@code hst/lexicons/acronyms.txt}). */
  private static final Set<String> ACRONYMS =
      Lexicons.set(CapsRule.class, "/hst/lexicons/acronyms.txt");

  public CapsRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    int first = -1;
    int last = -1;
    int words = 0;
    boolean english3 = false;
    boolean english4 = false;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      if (t != null && (t.type() == TokenType.PUNCT || first >= 0 && neutral(t) && !shouted(t))) {
        continue;
      }
      if (t != null && shouted(t)) {
        if (first < 0) {
          first = i;
          words = 0;
          english3 = false;
          english4 = false;
        }
        last = i;
        words++;
        english3 |= englishWord(t, 3);
        english4 |= englishWord(t, 4);
        continue;
      }
      if (first >= 0 && (words >= 3 || words == 2 && english3 || words == 1 && english4)) {
        sink.report(
            tokens.get(first).start(),
            tokens.get(last).end(),
            null,
            Explanation.of(
                "capitals", words + " word" + (words == 1 ? "" : "s") + " in block capitals"));
      }
      first = -1;
    }
  }

  /** Acronyms, single capitals and codes with digits: they neither start nor end a shouted run. */
  private static boolean neutral(Token t) {
    if (t.type() != TokenType.WORD) {
      return false;
    }
    String s = t.text();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An all-capital word of letters only, not an acronym. */
  private static boolean shouted(Token t) {
    if (t.type() != TokenType.WORD || !t.isAllCaps()) {
      return false;
    }
    String s = t.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return !ACRONYMS.contains(s.toUpperCase(Locale.ROOT));
  }

  private static boolean englishWord(Token t, int minLetters) {
    String w = t.key();
    int r = WordList.english().rank(w);
    return w.length() >= minLetters && r > 0 && r <= COMMON_WORD_RANK;
  }
}
