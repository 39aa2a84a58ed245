package org.healthsocialtools.rules.privacy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Analyzer;

/**
 * Trains the health disclosure model at build time (exec-maven-plugin, process-classes phase of
 * compliance-rules), as the tone models are: reads the labelled file ({@code
 * LABEL<TAB>LANG<TAB>SOURCE<TAB>TEXT} with the clinical term in {@code [[ ]]}), analyses each text
 * with the engine's analyser so the model sees tokens exactly as the rule will, turns the term's
 * sentence into {@link DisclosureModel#features} and trains a binary maxent (GIS) model.
 * Deterministic (one thread, fixed iterations and cutoff, file order) and silent unless something
 * is wrong; a bad line is an error naming the file and line.
 *
 * <p>Usage: {@code DisclosureModelTrainer TRAINING_TSV OUTPUT_FILE}
 */
public final class DisclosureModelTrainer {

  static final int ITERATIONS = 200;
  static final int CUTOFF = 1;

  private static final Set<String> LANGUAGES = Set.of("en", "cy", "es", "it");

  private DisclosureModelTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DisclosureModelTrainer TRAINING_TSV OUTPUT_FILE");
    }
    MaxentModel m = train(read(Path.of(args[0])));
    File f = new File(args[1]);
    Files.createDirectories(f.toPath().toAbsolutePath().getParent());
    GenericModelWriter w = new GenericModelWriter((AbstractModel) m, f);
    w.persist();
    w.close();
  }

  /**
   * One labelled training sentence: D (discloses a person's health) or G (general), its language,
   * its source (hand or template), and the term's context as the rule would see it.
   */
  record Example(String label, String language, String source, DisclosureModel.Context context) {
    boolean disclosure() {
      return label.equals("D");
    }
  }

  static List<Example> read(Path file) throws IOException {
    Analyzer analyzer = new Analyzer("en-GB");
    List<Example> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String text = cols.length == 4 ? cols[3] : "";
      int a = text.indexOf("[[");
      int b = text.indexOf("]]");
      if (cols.length != 4
          || !(cols[0].equals("D") || cols[0].equals("G"))
          || !LANGUAGES.contains(cols[1])
          || !(cols[2].equals("hand") || cols[2].equals("template"))
          || a < 0
          || b < a + 2
          || text.indexOf("[[", a + 2) >= 0) {
        throw new IllegalArgumentException(
            file
                + " line "
                + (n + 1)
                + ": expected LABEL (D or G), LANG (en, cy, es or it), SOURCE (hand or template) and"
                + " a text with one [[term]], separated by tabs");
      }
      DisclosureModel.Context c = context(analyzer, text);
      if (c == null) {
        throw new IllegalArgumentException(
            file + " line " + (n + 1) + ": the [[term]] holds no token of its own");
      }
      out.add(new Example(cols[0], cols[1], cols[2], c));
    }
    return out;
  }

  /**
   * The context of the {@code [[term]]} of a text, as the rule sees it once the brackets are gone;
   * null if the text has no term or the term no token of its own.
   */
  static DisclosureModel.Context context(Analyzer analyzer, String text) {
    int a = text.indexOf("[[");
    int b = text.indexOf("]]");
    if (a < 0 || b < a + 2) {
      return null;
    }
    String plain = text.substring(0, a) + text.substring(a + 2, b) + text.substring(b + 2);
    AnalyzedPost post = analyzer.analyze(Post.of(plain));
    int start = a;
    int end = b - 2;
    // the texts are plain: normalisation keeps offsets, and tokens index the normalised text
    int first = post.tokenAtOrAfter(start);
    int last = first;
    while (last < post.tokens().size() && post.tokens().get(last).start() < end) {
      last++;
    }
    if (first >= post.tokens().size() || last <= first) {
      return null;
    }
    return DisclosureModel.context(post, first, last);
  }

  static MaxentModel train(List<Example> examples) {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example e : examples) {
      events.add(
          new Event(e.label(), DisclosureModel.features(e.context()).toArray(String[]::new)));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new IllegalStateException("cannot train the disclosure model", e);
    }
  }
}
