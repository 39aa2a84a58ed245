package org.healthsocialtools.rules.clarity;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Clinical abbreviations the public does not know, each with its plain wording, unless the post
 * explains it: an abbreviation followed by brackets ("NBM (nothing to eat or drink)") or inside
 * brackets after its meaning ("pulmonary embolism (PE)") counts as explained everywhere in the
 * post. Widely known abbreviations (NHS, GP, A&amp;E, MRI, COVID, HIV, ICU, COPD) are not on the
 * list. Matching is case-sensitive, and words in an all-capitals passage are left to the CAPS rule.
 * Abbreviations are English clinical shorthand but turn up in Welsh and bilingual posts too, so the
 * rule runs for every language.
 */
@RuleDefinition(
    id = "clarity.abbreviation",
    kind = Kind.JARGON,
    severity = Severity.INFO,
    summary = "Unexplained clinical abbreviation",
    message = "'{text}' is clinical shorthand that most readers will not know.",
    suggestion = "Spell it out, or explain it in brackets the first time.",
    guidance = "https://service-manual.nhs.uk/content/formatting",
    source = "JRG-01 (NHS-FMT, NHS-HOW)",
    flags = {
      "Remember: [[NBM]] from midnight before your [[TKR]].",
      "Your GP may send you for an [[FBC]], [[U&Es]] and [[LFTs]]",
      "She came into our [[ED]] thinking it was heartburn. It was an [[MI]].",
      "Can the discharge team chase the [[TTOs]] for bay 4?",
      "Front desk: [[pt]] needs a call back",
      "Donor needed: [[41F]], [[AML]]",
      "Admitted for [[NIV]] overnight, [[CXR]] this morning"
    },
    passes = {
      "Two doses of the MMR (measles, mumps and rubella) vaccine give the best protection",
      "If you have a pulmonary embolism (PE), you will need blood thinners. PE can be serious.",
      "Call NHS 111 or go to A&E. Your GP can refer you for an MRI.",
      "Don't forget your PE kit for school sports day",
      "A&E IS EXTREMELY BUSY TODAY. THE ED TEAM ASK YOU TO USE NHS 111",
      "See Pt. 2 of our guide to healthy eating",
      "#ICU nurses, thank you",
      "Our staff use non-invasive ventilation (NIV) to support breathing"
    })
public final class AbbreviationRule extends AnnotatedRule {

  /**
   * The hand-written list, from {@code hst/lexicons/clarity-abbreviations.txt}; {@link #PLAIN} adds
   * the built list.
   */
  private static final Map<String, String> HAND =
      Lexicons.table(AbbreviationRule.class, "/hst/lexicons/clarity-abbreviations.txt");

  /**
   * Abbreviation to plain wording: the hand list plus the built list (checked against imantsm
   * expansions, MIT).
   */
  static final Map<String, String> PLAIN = withBuiltList(HAND);

  /** Forms the tokenizer splits: U&amp;E(s), r/o, and age-sex shorthand such as 41F or 34yo. */
  private static final Pattern SPLIT_FORMS =
      Pattern.compile(
          "\\b(?:U&Es?|r/o)\\b|\\b[1-9][0-9]?(?:yo|y/o|F|M)(?:,|\\b(?:\\s+(?:with|presenting|Hispanic|"
              + "White|Black|Asian)))");

  private static final Set<String> NOT_AFTER_PE =
      Set.of(
          "kit",
          "kits",
          "lesson",
          "lessons",
          "teacher",
          "teachers",
          "class",
          "classes",
          "department",
          "day",
          "bag",
          "uniform",
          "and");

  public AbbreviationRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    List<Token> tokens = post.tokens();
    Set<String> explained = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String plain = t.type() == TokenType.WORD ? PLAIN.get(t.text()) : null;
      if (plain == null
          || shouting(tokens, i)
          || t.text().equals("PE") && peSchool(tokens, i)
          || t.text().equals("pt")
              && i + 1 < tokens.size()
              && tokens.get(i + 1).text().equals(".")) {
        continue;
      }
      if (explained == null) {
        explained = explained(text);
      }
      if (!explained.contains(t.text())) {
        sink.report(
            t.start(),
            t.end(),
            "Say '" + plain + "', or explain it in brackets.",
            Explanation.of("abbreviation list", "'" + t.text() + "' means " + plain));
      }
    }
    if (text.indexOf('&') < 0 && text.indexOf('/') < 0 && !hasDigitLetter(tokens)) {
      return;
    }
    Matcher m = SPLIT_FORMS.matcher(text);
    while (m.find()) {
      String s = m.group();
      int end =
          m.start()
              + (s.endsWith(",")
                  ? s.length() - 1
                  : Math.min(s.length(), s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ')));
      if (explained == null) {
        explained = explained(text);
      }
      String form = text.substring(m.start(), end);
      if (!explained.contains(form)) {
        sink.report(
            m.start(), end, "Write it out in words.", Explanation.of("abbreviation pattern", form));
      }
    }
  }

  private static Map<String, String> withBuiltList(Map<String, String> hand) {
    Map<String, String> out = new HashMap<>(hand);
    String name = "/hst/lexicons/tone-abbreviations.tsv";
    try (InputStream in = AbbreviationRule.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + name + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(
              name + " line " + n + ": expected abbreviation, expansion, plain wording");
        }
        out.putIfAbsent(f[0], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return Map.copyOf(out);
  }

  /** Abbreviations the post explains: followed by "(" or standing alone inside brackets. */
  private static Set<String> explained(String text) {
    Set<String> out = new HashSet<>();
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int close = text.indexOf(')', open);
      if (close > open && close - open < 12) {
        out.add(text.substring(open + 1, close).strip());
      }
      int b = open - 1;
      while (b >= 0 && text.charAt(b) == ' ') {
        b--;
      }
      int a = b;
      while (a >= 0 && !Character.isWhitespace(text.charAt(a))) {
        a--;
      }
      if (b > a) {
        out.add(text.substring(a + 1, b + 1));
      }
    }
    return out;
  }

  /** True inside a passage of capitals, where the CAPS rule speaks instead. */
  private static boolean shouting(List<Token> tokens, int i) {
    int caps = 0;
    for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 2); j++) {
      Token t = tokens.get(j);
      if (j != i
          && t.type() == TokenType.WORD
          && t.isAllCaps()
          && !PLAIN.containsKey(t.text())
          && t.text().length() > 1
          && !t.text().equals("NHS")
          && !t.text().equals("GP")) {
        caps++;
      }
    }
    return caps >= 2;
  }

  private static boolean peSchool(List<Token> tokens, int i) {
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).key() : "";
    String prev = i > 0 ? tokens.get(i - 1).key() : "";
    return NOT_AFTER_PE.contains(next) || prev.equals("school") || prev.equals("in");
  }

  private static boolean hasDigitLetter(List<Token> tokens) {
    for (Token t : tokens) {
      String s = t.text();
      if (s.length() > 1
          && Character.isDigit(s.charAt(0))
          && Character.isLetter(s.charAt(s.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
