package org.healthsocialtools.rules.privacy;

import static org.healthsocialtools.rules.privacy.PrivacyRule.startsWithDigit;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;

/**
 * Figures about one person, for {@link ClinicalEventRule}: a test result with its value ("potassium
 * 6.1", "HbA1c down from 9.1 to 6.4"), a dose ("took 30 paracetamol", "20mg of morphine") and a
 * pregnancy or recovery state with its duration ("32 weeks pregnant", "two years sober").
 */
final class ClinicalFigures {

  private ClinicalFigures() {}

  /** Things measured, followed within three tokens by a number: a result. */
  static final List<String> MEASURE_LIST =
      List.of(
          "potassium",
          "sodium",
          "hba1c",
          "bmi",
          "sats",
          "oxygen sats",
          "oxygen saturation",
          "blood sugar",
          "blood sugars",
          "blood glucose",
          "glucose",
          "bp",
          "blood pressure",
          "temperature",
          "temp",
          "heart rate",
          "pulse",
          "haemoglobin",
          "hemoglobin",
          "hb",
          "crp",
          "inr",
          "egfr",
          "creatinine",
          "troponin",
          "cholesterol",
          "psa",
          "viral load",
          "cd4",
          "lactate",
          "ketones",
          "platelets",
          "white count",
          "gcs",
          "apgar",
          "peak flow",
          "ferritin",
          "sugar levels",
          "glucemia",
          "glicemia",
          "pressione",
          "presión",
          "tensión",
          "siwgr gwaed",
          "emoglobina glicata",
          "emoglobina",
          "hemoglobina glicosilada",
          "hemoglobina glicada",
          "hemoglobina",
          "colesterolo",
          "colesterol",
          "creatinina",
          "saturazione",
          "saturación",
          "potasio",
          "potassio",
          "glucosa",
          "glucosio",
          "lefel siwgr");

  static final Lexicon MEASURES = Lexicon.of(MEASURE_LIST);
  static final Set<String> RESULT_LINK =
      Set.of(
          "was", "is", "of", "at", "down", "up", "from", "to", "only", "just", "under", "over",
          "dropped", "rose", "hit", "reached", "a", "level", "levels", "read", "came", "back", "de",
          "di", "era", "ha", "oedd", "scesa", "sceso", "salita", "salito", "da", "bajó", "subió",
          "è", "e", "es", "está", "esta", "estaba", "passata", "pasó", "paso", "bajo", "subio",
          "went", "fell", "now", "been", "has", "had", "were", "are");

  /** Dose units after a number ("20mg", "30 paracetamol"). */
  static final Set<String> DOSE_UNITS =
      Set.of(
          "mg",
          "mcg",
          "ml",
          "units",
          "tablets",
          "pills",
          "paracetamol",
          "co-codamol",
          "capsules",
          "puffs",
          "comprimidos",
          "compresse",
          "tabledi");

  static final Set<String> OVERDOSE_VERBS =
      Set.of("took", "swallowed", "taken", "overdosed", "tomó", "ingerì", "cymerodd");

  /** "32 weeks pregnant", "two years sober". */
  static final Set<String> DURATION =
      Set.of(
          "day",
          "days",
          "week",
          "weeks",
          "wks",
          "month",
          "months",
          "year",
          "years",
          "semanas",
          "settimane",
          "wythnos",
          "meses",
          "mesi",
          "mis");

  static final Set<String> STATE_AFTER =
      Set.of(
          "pregnant",
          "sober",
          "clean",
          "smoke-free",
          "smokefree",
          "alcohol-free",
          "drug-free",
          "cancer-free",
          "seizure-free",
          "dry",
          "embarazada",
          "incinta",
          "feichiog",
          "postpartum",
          "post-op",
          "postop",
          "sobria",
          "sobrio");
  static final Set<String> NUMBER_WORDS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "twenty", "thirty", "forty", "a", "dos", "tres", "due", "tre", "dau", "dwy",
          "tri", "tair");

  /** "potassium 6.1", "HbA1c down from 9.1 to 6.4", "sats were 88%". */
  static int[] result(AnalyzedPost post, int i) {
    Lexicon.Match m = MEASURES.longestAt(post, i);
    if (m == null) {
      return null;
    }
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    for (int j = m.end(); j < n && j < m.end() + 4; j++) {
      Token u = tokens.get(j);
      if (u.type() == TokenType.NUMBER || startsWithDigit(u)) {
        int end = j + 1;
        // "from 9.1 to 6.4", "180/110": take the rest of the figure
        while (end + 1 < n
            && (tokens.get(end).key().equals("to")
                || tokens.get(end).key().equals("a")
                || tokens.get(end).text().equals("/")
                || tokens.get(end).text().equals("%"))
            && (startsWithDigit(tokens.get(end + 1)) || tokens.get(end).text().equals("%"))) {
          end += tokens.get(end).text().equals("%") ? 1 : 2;
        }
        return new int[] {i, end};
      }
      if (!RESULT_LINK.contains(u.key()) && !u.text().equals(":") && !u.text().equals("=")) {
        return null;
      }
    }
    return null;
  }

  /** "took 30 paracetamol", "20mg of morphine", "32 weeks pregnant", "two years sober". */
  static int[] doseOrState(AnalyzedPost post, int i) {
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    Token t = tokens.get(i);
    boolean number =
        t.type() == TokenType.NUMBER || startsWithDigit(t) || NUMBER_WORDS.contains(t.key());
    if (!number) {
      if ((t.key().equals("sober") || t.key().equals("clean")) && i + 2 < n) {
        int j = tokens.get(i + 1).key().equals("for") ? i + 2 : i + 1;
        if (j + 1 < n
            && (startsWithDigit(tokens.get(j)) || NUMBER_WORDS.contains(tokens.get(j).key()))
            && DURATION.contains(tokens.get(j + 1).key())) {
          return new int[] {i, j + 2};
        }
      }
      return null;
    }
    if (i + 2 < n
        && DURATION.contains(tokens.get(i + 1).key())
        && STATE_AFTER.contains(tokens.get(i + 2).key())) {
      return new int[] {i, i + 3};
    }
    boolean overdose = i > 0 && OVERDOSE_VERBS.contains(tokens.get(i - 1).key());
    String k = t.key();
    if (startsWithDigit(t)
        && (k.endsWith("mg") || k.endsWith("mcg") || k.endsWith("ml"))
        && k.length() <= 8
        && (overdose || i + 2 < n && tokens.get(i + 1).key().equals("of"))) {
      return new int[] {i, i + 1};
    }
    if (i + 1 < n
        && DOSE_UNITS.contains(tokens.get(i + 1).key())
        && (overdose || i + 2 < n && tokens.get(i + 2).key().equals("of"))) {
      return new int[] {i, i + 2};
    }
    return null;
  }
}
