package org.healthsocialtools.rules.privacy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Weighs the evidence around a clinical term in one sentence: does it disclose the health of a
 * particular person (a relative, a patient in bed 6, "my dad"), or is it general information (a
 * campaign, a service, staff news, a public figure)? A maximum-entropy model (OpenNLP GIS) trained
 * on first use, from the labelled sentences in {@code /hst/training/health-disclosure.tsv}, which
 * were written for training. Training is deterministic (GIS over events in file order, fixed
 * iterations and cutoff) and quiet; it takes a few tens of milliseconds. The features are cue
 * classes (person reference, relative, age, time, place in hospital, past tense, generic reader,
 * campaign or service word, question) and the words beside the term, never the term itself, so what
 * is learnt carries over to terms the training never saw. Immutable and thread-safe.
 */
final class DisclosureModel {

  static final String RESOURCE = "/hst/training/health-disclosure.tsv";

  /**
   * Probability of disclosure from which a finding is reported: high, since the hand rules already
   * ran.
   */
  static final double THRESHOLD = 0.8;

  private static final Map<String, Set<String>> CUES =
      Map.of(
          "person",
              Set.of(
                  "she",
                  "he",
                  "her",
                  "him",
                  "his",
                  "hers",
                  "she's",
                  "he's",
                  "patient",
                  "lady",
                  "gentleman",
                  "gent",
                  "man",
                  "woman",
                  "lad",
                  "boy",
                  "girl",
                  "baby",
                  "toddler",
                  "teenager",
                  "paciente",
                  "paziente",
                  "claf",
                  "señora",
                  "signora",
                  "dyn",
                  "fighter",
                  "regulars"),
          "relative",
              Set.of(
                  "mum",
                  "mam",
                  "mom",
                  "dad",
                  "nan",
                  "nana",
                  "gran",
                  "grandad",
                  "grandma",
                  "grandpa",
                  "son",
                  "daughter",
                  "wife",
                  "husband",
                  "hubby",
                  "brother",
                  "sister",
                  "auntie",
                  "uncle",
                  "abuelo",
                  "abuela",
                  "madre",
                  "padre",
                  "nonna",
                  "nonno",
                  "mio",
                  "mia",
                  "mi",
                  "fy",
                  "twins"),
          "me", Set.of("my", "i", "i've", "i'm", "me", "mine", "fy", "mi", "mio", "mia"),
          "we", Set.of("our", "we", "we're", "we've", "us"),
          "time",
              Set.of(
                  "today",
                  "tonight",
                  "yesterday",
                  "last",
                  "morning",
                  "overnight",
                  "3am",
                  "ago",
                  "since",
                  "monday",
                  "tuesday",
                  "wednesday",
                  "thursday",
                  "friday",
                  "saturday",
                  "sunday",
                  "anoche",
                  "ayer",
                  "hoy",
                  "stanotte",
                  "ieri",
                  "oggi",
                  "ddoe",
                  "heddiw",
                  "finally",
                  "now"),
          "place",
              Set.of(
                  "bed",
                  "bay",
                  "cubicle",
                  "cot",
                  "resus",
                  "icu",
                  "theatre",
                  "letto",
                  "gwely",
                  "ingresado",
                  "ricoverato",
                  "ricoverata",
                  "ingresada",
                  "admitted",
                  "cama"),
          "past",
              Set.of(
                  "was",
                  "had",
                  "came",
                  "went",
                  "got",
                  "were",
                  "been",
                  "needed",
                  "arrived",
                  "rushed",
                  "collapsed",
                  "diagnosed",
                  "survived",
                  "finished",
                  "beat",
                  "lost",
                  "born",
                  "tuvo",
                  "fue",
                  "cafodd",
                  "roedd"),
          "generic",
              Set.of(
                  "you",
                  "your",
                  "anyone",
                  "people",
                  "everyone",
                  "if",
                  "those",
                  "many",
                  "most",
                  "one",
                  "every",
                  "children",
                  "men",
                  "women",
                  "adults",
                  "over",
                  "chi",
                  "personas",
                  "persone",
                  "pobl",
                  "can",
                  "could",
                  "should"),
          "campaign",
              Set.of(
                  "signs",
                  "symptoms",
                  "awareness",
                  "know",
                  "learn",
                  "free",
                  "book",
                  "available",
                  "clinic",
                  "unit",
                  "service",
                  "team",
                  "jab",
                  "jabs",
                  "vaccine",
                  "screening",
                  "checks",
                  "check",
                  "open",
                  "opens",
                  "research",
                  "charity",
                  "trial",
                  "award",
                  "recruiting",
                  "hiring",
                  "consultant",
                  "nurse",
                  "nurses",
                  "specialist",
                  "programme",
                  "workshop",
                  "leaflet",
                  "tips",
                  "risk",
                  "day",
                  "week",
                  "campaign",
                  "guidance",
                  "training",
                  "staff",
                  "volunteers",
                  "vacúnate",
                  "campagna",
                  "prevenzione",
                  "brechlyn",
                  "arwyddion",
                  "reparto",
                  "cases",
                  "news",
                  "footballer's",
                  "singer's",
                  "prince",
                  "professor",
                  "figure",
                  "program",
                  "session",
                  "sessions",
                  "donors",
                  "consult",
                  "slot",
                  "welcome",
                  "new",
                  "offer",
                  "offers",
                  "support",
                  "info",
                  "information",
                  "advice",
                  "visit",
                  "appointment",
                  "appointments",
                  "referral",
                  "services"),
          "question", Set.of("?"));

  /**
   * Cue classes that refer to a particular person: without one, a sentence discloses no one's
   * health.
   */
  private static final Set<String> PERSON_CUES = Set.of("person", "relative", "me", "age", "name");

  private static final Set<String> AGE_WORDS =
      Set.of("year", "years", "yo", "yrs", "anni", "años", "oed", "month", "months", "weeks");

  /**
   * The trained model, in a holder so that training waits for the first {@link #disclosure} call:
   * the rule's constructor uses {@link #key} while building its lexicons, and a post with no
   * clinical term beside a person reference never needs the model.
   */
  private static final class Trained {
    static final MaxentModel MODEL = train();
  }

  private DisclosureModel() {}

  /**
   * Probability that the term at keys {@code [first, end)} of a sentence discloses a person's
   * health; 0 when the sentence holds no reference to a particular person (a person word, a
   * relative, "my", an age).
   */
  static double judge(List<String> keys, int first, int end) {
    for (String c : cues(keys, first, end)) {
      if (PERSON_CUES.contains(c)) {
        return disclosure(keys, first, end);
      }
    }
    return 0;
  }

  /** The model's probability of disclosure, whatever the cues. */
  static double disclosure(List<String> keys, int first, int end) {
    String[] ctx = features(keys, first, end).toArray(String[]::new);
    MaxentModel model = Trained.MODEL;
    double[] p = model.eval(ctx);
    return p[model.getIndex("D")];
  }

  /** The cue classes present: what a finding's explanation names as the evidence. */
  static List<String> cues(List<String> keys, int first, int end) {
    List<String> out = new ArrayList<>();
    for (String f : features(keys, first, end)) {
      if (f.startsWith("cue=")) {
        out.add(f.substring(4));
      }
    }
    return out;
  }

  static List<String> features(List<String> keys, int first, int end) {
    List<String> out = new ArrayList<>();
    out.add("bias");
    for (String cue :
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
            "question")) {
      Set<String> words = CUES.get(cue);
      for (int i = 0; i < keys.size(); i++) {
        if ((i < first || i >= end) && words.contains(keys.get(i))) {
          out.add("cue=" + cue);
          break;
        }
      }
    }
    for (int i = 0; i + 1 < keys.size(); i++) {
      if ((i < first || i >= end)
          && keys.get(i).chars().anyMatch(Character::isDigit)
          && AGE_WORDS.contains(keys.get(i + 1))) {
        out.add("cue=age");
        break;
      }
    }
    out.add("L1=" + (first > 0 ? keys.get(first - 1) : "^"));
    out.add("L2=" + (first > 1 ? keys.get(first - 2) : "^"));
    out.add("R1=" + (end < keys.size() ? keys.get(end) : "$"));
    if (first == 0) {
      out.add("opens");
    }
    return out;
  }

  private static MaxentModel train() {
    List<Event> events = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String label = tab < 0 ? "" : line.substring(0, tab);
      String s = line.substring(tab + 1);
      int a = s.indexOf("[[");
      int b = s.indexOf("]]");
      if (a < 0 || b < a || !(label.equals("D") || label.equals("G"))) {
        throw new IllegalStateException(
            RESOURCE
                + " line "
                + lineNo
                + ": expected LABEL (D or G), a tab, and a sentence with one [[term]]");
      }
      List<String> before = keys(s.substring(0, a));
      List<String> term = keys(s.substring(a + 2, b));
      List<String> all = new ArrayList<>(before);
      all.addAll(term);
      all.addAll(keys(s.substring(b + 2)));
      events.add(
          new Event(
              label,
              features(all, before.size(), before.size() + term.size()).toArray(String[]::new)));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, 200);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new IllegalStateException("cannot train the disclosure model from " + RESOURCE, e);
    }
  }

  private static List<String> lines() {
    try (java.io.InputStream in = DisclosureModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "training data " + RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Match keys of a fragment of training text: words split at spaces, punctuation and hyphens, each
   * in the form {@link org.healthsocialtools.analysis.Token#key()} gives a post's tokens (lower
   * case, straight apostrophes, no trailing possessive, no diacritics), and '?' kept.
   * Self-contained so the rules use no engine internals.
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
