package org.healthsocialtools.rules.privacy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.Lexicons;

/**
 * Weighs the evidence around a clinical term in one sentence: does it disclose the health of a
 * particular person (a relative, a patient in bed 6, "my dad"), or is it general information (a
 * campaign, a service, staff news, a public figure, a hypothetical)? A maximum-entropy model
 * (OpenNLP GIS) trained in the build by {@link DisclosureModelTrainer} from the labelled sentences
 * in {@code src/main/training/health-disclosure.tsv}, which were written for training, and loaded
 * from the classpath on first use. The features are cue classes ({@code disclosure-cues.txt}, a
 * first name, an age) and the words beside the term, never the term itself, so what is learnt
 * carries over to terms the training never saw. Richer features (the distance from the person
 * reference to the term, pairs of cues, the shape and marks of the sentence, the language) were
 * tried and did not raise the cross-validated F1, so they are not used. Immutable and thread-safe.
 */
final class DisclosureModel {

  static final String MODEL_RESOURCE = "/hst/models/health-disclosure.bin";

  /**
   * Probability of disclosure from which a finding is reported. Calibrated on the held-out fifth of
   * the training data for high recall at acceptable precision (see {@code
   * DisclosureModelEvaluationTest}); the hand rules have already run, so what reaches the model is
   * the doubtful remainder.
   */
  static final double THRESHOLD = 0.5;

  /** Tokens either side of the term that the model reads: bounded work per term. */
  static final int WINDOW = 30;

  /** Cue classes, in the order features and explanations list them. */
  static final List<String> CLASSES =
      List.of(
          "person",
          "relative",
          "me",
          "we",
          "time",
          "place",
          "past",
          "generic",
          "campaign",
          "public",
          "question");

  /** Cue classes that refer to a particular person: without one, no one's health is disclosed. */
  private static final Set<String> PERSON_CUES = Set.of("person", "relative", "me", "age", "name");

  private static final Map<String, List<String>> CUES = cues();

  private static final Set<String> STAFF_TITLES =
      Lexicons.set(DisclosureModel.class, "/hst/lexicons/privacy-staff-title-words.txt");

  private static final Set<String> AGE_WORDS =
      Set.of(
          "year", "years", "yo", "yr", "yrs", "anni", "anos", "oed", "month", "months", "weeks",
          "week", "mes", "meses", "mesi", "wythnos");

  /** The trained model, in a holder so that loading waits for the first {@link #score} call. */
  private static final class Trained {
    static final MaxentModel MODEL = load();
  }

  private DisclosureModel() {}

  /**
   * The sentence around a clinical term as the model reads it: the keys of its tokens (punctuation
   * left out but '?', emoji as {@code <emoji>}, mentions as {@code <at>}, links as {@code <url>}),
   * the term at keys {@code [first, end)}, and the key index of a first name in the sentence, the
   * nearest before the term or else the first after it (-1 if none).
   */
  record Context(List<String> keys, int first, int end, int name) {}

  /**
   * The context of tokens {@code [first, end)} of {@code post}: at most {@link #WINDOW} tokens
   * either side, in the term's sentence. Reads the analysis; never re-tokenises. Null if the term
   * has no word in it.
   */
  static Context context(AnalyzedPost post, int first, int end) {
    List<Token> tokens = post.tokens();
    // the term's sentence, or sentences if a full stop inside it ("C. diff") split them
    int sentence = tokens.get(first).sentence();
    int lastSentence = tokens.get(end - 1).sentence();
    List<String> keys = new ArrayList<>();
    int a = -1;
    int b = -1;
    int name = -1;
    for (int j = Math.max(0, first - WINDOW); j < Math.min(tokens.size(), end + WINDOW); j++) {
      Token u = tokens.get(j);
      if (u.sentence() < sentence || u.sentence() > lastSentence) {
        continue;
      }
      if (j == first) {
        a = keys.size();
      }
      switch (u.type()) {
        case PUNCT -> {
          if (u.text().equals("?")) {
            keys.add("?");
          }
        }
        case EMOJI -> keys.add("<emoji>");
        case MENTION -> keys.add("<at>");
        case URL, EMAIL -> keys.add("<url>");
        default -> keys.add(u.key());
      }
      if (isName(post, u) && !titled(tokens, j) && (name < 0 || j < first)) {
        name = keys.size() - 1;
      }
      if (j == end - 1) {
        b = keys.size();
      }
    }
    return a < 0 || b <= a ? null : new Context(keys, a, b, name);
  }

  /**
   * True if a staff title stands just before token {@code j} ("Dr. Lee", "Sister Jones"): a member
   * of staff, whose name is no evidence of a patient. Looks back across a full stop, which the
   * sentence splitter may have taken for an end.
   */
  private static boolean titled(List<Token> tokens, int j) {
    int k = j - 1;
    if (k >= 0 && tokens.get(k).text().equals(".")) {
      k--;
    }
    return k >= 0 && STAFF_TITLES.contains(tokens.get(k).key());
  }

  /**
   * A capitalised first name from the name lists: one that is also a common word ("Will", "Hope")
   * counts only inside its sentence.
   */
  private static boolean isName(AnalyzedPost post, Token u) {
    if (!u.isWord() || !u.isCapitalised() || !PrivacyLexicons.FIRST_NAMES.contains(u.key())) {
      return false;
    }
    boolean opens = post.sentences().get(u.sentence()).firstToken() == u.index();
    return !(opens && PrivacyLexicons.AMBIGUOUS_FIRST_NAMES.contains(u.key()))
        && !PrivacyLexicons.NOT_NAMES.contains(u.key());
  }

  /**
   * Probability that the term discloses a person's health; 0 when the sentence holds no reference
   * to a particular person (a person word, a relative, "my", an age).
   */
  static double judge(Context c) {
    return judge(Trained.MODEL, c);
  }

  /** Like {@link #judge(Context)}, with the given model: for training and evaluation. */
  static double judge(MaxentModel model, Context c) {
    List<String> features = features(c);
    return personal(features) ? score(model, features) : 0;
  }

  /** True if the context refers to a particular person. */
  static boolean personal(Context c) {
    return personal(features(c));
  }

  private static boolean personal(List<String> features) {
    for (String f : features) {
      if (f.startsWith("cue=") && PERSON_CUES.contains(f.substring(4))) {
        return true;
      }
    }
    return false;
  }

  /** The model's probability of disclosure, whatever the cues. */
  static double score(MaxentModel model, Context c) {
    return score(model, features(c));
  }

  private static double score(MaxentModel model, List<String> features) {
    double[] p = model.eval(features.toArray(String[]::new));
    return p[model.getIndex("D")];
  }

  /** The cue classes present: what a finding's explanation names as the evidence. */
  static List<String> cues(Context c) {
    List<String> out = new ArrayList<>();
    for (String f : features(c)) {
      if (f.startsWith("cue=")) {
        out.add(f.substring(4));
      }
    }
    return out;
  }

  /** The model's features of a context, in a fixed order. */
  static List<String> features(Context c) {
    List<String> keys = c.keys();
    int first = c.first();
    int end = c.end();
    List<String> out = new ArrayList<>();
    out.add("bias");
    java.util.BitSet present = new java.util.BitSet(CLASSES.size() + 2);
    for (int i = 0; i < keys.size(); i++) {
      List<String> classes = i >= first && i < end ? null : CUES.get(keys.get(i));
      if (classes != null) {
        for (String cls : classes) {
          present.set(CLASSES.indexOf(cls));
        }
      }
    }
    for (int i = 0; i + 1 < keys.size(); i++) {
      if ((i < first || i >= end)
          && keys.get(i).chars().anyMatch(Character::isDigit)
          && AGE_WORDS.contains(keys.get(i + 1))) {
        present.set(CLASSES.size());
        break;
      }
    }
    present.set(CLASSES.size() + 1, c.name() >= 0 && (c.name() < first || c.name() >= end));
    for (int k = present.nextSetBit(0); k >= 0; k = present.nextSetBit(k + 1)) {
      out.add(
          "cue=" + (k < CLASSES.size() ? CLASSES.get(k) : k == CLASSES.size() ? "age" : "name"));
    }
    out.add("L1=" + (first > 0 ? keys.get(first - 1) : "^"));
    out.add("L2=" + (first > 1 ? keys.get(first - 2) : "^"));
    out.add("R1=" + (end < keys.size() ? keys.get(end) : "$"));
    if (first == 0) {
      out.add("opens");
    }
    return out;
  }

  private static Map<String, List<String>> cues() {
    Map<String, List<String>> out = new HashMap<>();
    for (String line :
        Lexicons.entries(DisclosureModel.class, "/hst/lexicons/disclosure-cues.txt")) {
      int space = line.indexOf(' ');
      String cls = line.substring(0, Math.max(space, 0));
      if (space <= 0 || !CLASSES.contains(cls)) {
        throw new IllegalStateException(
            "disclosure-cues.txt: expected 'CLASS WORD' with a class of " + CLASSES);
      }
      List<String> classes =
          out.computeIfAbsent(line.substring(space + 1).strip(), k -> new ArrayList<>(2));
      if (!classes.contains(cls)) {
        classes.add(cls);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private static MaxentModel load() {
    try (InputStream in = DisclosureModel.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "disclosure model "
                + MODEL_RESOURCE
                + " is missing from the classpath (built by DisclosureModelTrainer in the"
                + " compliance-rules build)");
      }
      return new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in)))
          .getModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read disclosure model " + MODEL_RESOURCE, e);
    }
  }

  /**
   * Match keys of a fragment of text: words split at spaces, punctuation and hyphens, each in the
   * form {@link org.healthsocialtools.analysis.Token#key()} gives a post's tokens (lower case,
   * straight apostrophes, no trailing possessive, no diacritics), and '?' kept. For building
   * lexicon keys from phrases; the model itself reads the analysis.
   */
  static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)
          || c == '\''
          || c == '\u2019'
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        w.append(c);
        continue;
      }
      if (w.length() > 0) {
        out.add(key(w));
        w.setLength(0);
      }
      if (c == '?') {
        out.add("?");
      }
    }
    return out;
  }

  static String key(CharSequence word) {
    String s = word.toString().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    if (s.endsWith("'s") && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
  }
}
