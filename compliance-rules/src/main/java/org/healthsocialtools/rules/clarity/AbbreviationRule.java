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
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Clinical abbreviations the public does not know, each with its plain wording, unless the post explains it: an
 * abbreviation followed by brackets ("NBM (nothing to eat or drink)") or inside brackets after its meaning
 * ("pulmonary embolism (PE)") counts as explained everywhere in the post. Widely known abbreviations (NHS, GP, A&amp;E,
 * MRI, COVID, HIV, ICU, COPD) are not on the list. Matching is case-sensitive, and words in an all-capitals passage
 * are left to the CAPS rule. Abbreviations are English clinical shorthand but turn up in Welsh and bilingual posts
 * too, so the rule runs for every language.
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
      "Donor needed: [[41F]], AML",
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

  /** The hand-written list; {@link #PLAIN} adds {@code hst/lexicons/tone-abbreviations.tsv} to it. */
  private static final Map<String, String> HAND = Map.ofEntries(
      Map.entry("ED", "emergency department (A&E)"), Map.entry("MI", "heart attack"), Map.entry("CVA", "stroke"),
      Map.entry("SOB", "shortness of breath"), Map.entry("CP", "chest pain"), Map.entry("Hx", "history"),
      Map.entry("Dx", "diagnosis"), Map.entry("Tx", "treatment"), Map.entry("NBM", "nothing to eat or drink"),
      Map.entry("TTO", "medicines to take home"), Map.entry("TTOs", "medicines to take home"),
      Map.entry("obs", "observations (checks such as blood pressure and temperature)"),
      Map.entry("DNACPR", "a decision not to attempt CPR"), Map.entry("CABG", "heart bypass surgery"),
      Map.entry("ITU", "intensive care"), Map.entry("PE", "a blood clot in the lungs"),
      Map.entry("DVT", "a blood clot in the leg"), Map.entry("TKR", "knee replacement"),
      Map.entry("THR", "hip replacement"), Map.entry("FBC", "a blood count test"),
      Map.entry("LFT", "a liver blood test"), Map.entry("LFTs", "liver blood tests"),
      Map.entry("POC", "point-of-care (on the spot)"), Map.entry("SDM", "shared decision-making"),
      Map.entry("LOS", "length of stay"), Map.entry("SDEC", "same day emergency care"),
      Map.entry("RTT", "referral to treatment (waiting time)"),
      Map.entry("HCM", "a heart muscle condition (hypertrophic cardiomyopathy)"),
      Map.entry("ICD", "an implanted defibrillator"), Map.entry("AML", "a type of blood cancer (acute myeloid"
          + " leukaemia)"), Map.entry("RTC", "road traffic collision (crash)"), Map.entry("pt", "patient"),
      Map.entry("pts", "patients"), Map.entry("r/o", "rule out"), Map.entry("AKI", "acute kidney injury"),
      Map.entry("TIA", "mini-stroke (transient ischaemic attack)"), Map.entry("AF", "an irregular heartbeat"),
      Map.entry("CKD", "long-term kidney disease"), Map.entry("NSTEMI", "a type of heart attack"),
      Map.entry("STEMI", "a type of heart attack"), Map.entry("ACS", "a heart attack or unstable angina"),
      Map.entry("LP", "a lumbar puncture"), Map.entry("OGD", "a camera test of the stomach"),
      Map.entry("GCS", "a level-of-consciousness score"), Map.entry("ROSC", "the heart restarting"),
      Map.entry("NG", "a nose-to-stomach (nasogastric) tube"), Map.entry("PEG", "a feeding tube"),
      Map.entry("HbA1c", "a long-term blood sugar test"), Map.entry("eGFR", "a kidney function test"),
      Map.entry("U&E", "a kidney blood test"), Map.entry("U&Es", "kidney blood tests"),
      Map.entry("IOL", "induction of labour"), Map.entry("PPH", "heavy bleeding after birth"),
      Map.entry("SVD", "a vaginal birth"), Map.entry("LSCS", "a caesarean section"), Map.entry("NOF", "hip fracture"),
      Map.entry("UTI's", "urine infections"), Map.entry("SAH", "a bleed on the brain"),
      Map.entry("DKA", "a serious diabetes complication (diabetic ketoacidosis)"),
      Map.entry("PRN", "as needed"), Map.entry("qds", "four times a day"));

  /** Abbreviation to plain wording: the hand list plus the built list (checked against imantsm expansions, MIT). */
  static final Map<String, String> PLAIN = withBuiltList(HAND);

  /** Forms the tokenizer splits: U&amp;E(s), r/o, and age-sex shorthand such as 41F or 34yo. */
  private static final Pattern SPLIT_FORMS =
      Pattern.compile("\\b(?:U&Es?|r/o)\\b|\\b[1-9][0-9]?(?:yo|y/o|F|M)(?:,|\\b(?:\\s+(?:with|presenting|Hispanic|"
          + "White|Black|Asian)))");
  private static final Set<String> NOT_AFTER_PE = Set.of("kit", "kits", "lesson", "lessons", "teacher", "teachers",
      "class", "classes", "department", "day", "bag", "uniform", "and");

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
      if (plain == null || shouting(tokens, i) || t.text().equals("PE") && peSchool(tokens, i)
          || t.text().equals("pt") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
        continue;
      }
      if (explained == null) {
        explained = explained(text);
      }
      if (!explained.contains(t.text())) {
        sink.report(t.start(), t.end(), "Say '" + plain + "', or explain it in brackets.",
            Explanation.of("abbreviation list", "'" + t.text() + "' means " + plain));
      }
    }
    if (text.indexOf('&') < 0 && text.indexOf('/') < 0 && !hasDigitLetter(tokens)) {
      return;
    }
    Matcher m = SPLIT_FORMS.matcher(text);
    while (m.find()) {
      String s = m.group();
      int end = m.start() + (s.endsWith(",") ? s.length() - 1 : Math.min(s.length(), s.indexOf(' ') < 0
          ? s.length() : s.indexOf(' ')));
      if (explained == null) {
        explained = explained(text);
      }
      String form = text.substring(m.start(), end);
      if (!explained.contains(form)) {
        sink.report(m.start(), end, "Write it out in words.", Explanation.of("abbreviation pattern", form));
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
          throw new IllegalStateException(name + " line " + n + ": expected abbreviation, expansion, plain wording");
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
      if (j != i && t.type() == TokenType.WORD && t.isAllCaps() && !PLAIN.containsKey(t.text())
          && t.text().length() > 1 && !t.text().equals("NHS") && !t.text().equals("GP")) {
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
      if (s.length() > 1 && Character.isDigit(s.charAt(0)) && Character.isLetter(s.charAt(s.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
