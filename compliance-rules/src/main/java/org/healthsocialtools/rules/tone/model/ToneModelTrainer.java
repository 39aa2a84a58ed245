package org.healthsocialtools.rules.tone.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.Analyzer;

/**
 * Trains the tone models at build time (exec-maven-plugin, process-classes phase of
 * compliance-rules): reads the labelled training file ({@code LABELS<TAB>text}, labels
 * comma-separated or {@code OK}), analyses each text with the engine's analyser, turns it into
 * {@link ToneCues} features and trains one binary maxent (GIS) model per family. Deterministic (one
 * thread, fixed iterations, file order) and silent unless something is wrong; a bad line is an
 * error naming the file and line.
 *
 * <p>Usage: {@code ToneModelTrainer TRAINING_TSV OUTPUT_DIR}
 */
public final class ToneModelTrainer {

  static final int ITERATIONS = 200;
  static final int CUTOFF = 2;

  private ToneModelTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ToneModelTrainer TRAINING_TSV OUTPUT_DIR");
    }
    List<Example> examples = read(Path.of(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    for (String family : List.of(ToneModels.UNPROFESSIONAL, ToneModels.INSENSITIVE)) {
      MaxentModel m = train(examples, family);
      File f = out.resolve(Path.of(ToneModels.resource(family)).getFileName()).toFile();
      GenericModelWriter w = new GenericModelWriter((AbstractModel) m, f);
      w.persist();
      w.close();
    }
  }

  /** One labelled training text, already turned into features. */
  record Example(List<String> labels, String[] features) {}

  static List<Example> read(Path file) throws IOException {
    Analyzer analyzer = new Analyzer("en-GB");
    List<Example> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException(
            file + " line " + (n + 1) + ": expected LABELS<TAB>text");
      }
      List<String> labels = List.of(line.substring(0, tab).split(","));
      for (String l : labels) {
        if (!l.equals("OK")
            && !l.equals(ToneModels.UNPROFESSIONAL)
            && !l.equals(ToneModels.INSENSITIVE)) {
          throw new IllegalArgumentException(
              file + " line " + (n + 1) + ": unknown label '" + l + "'");
        }
      }
      String text = line.substring(tab + 1);
      out.add(
          new Example(labels, ToneCues.of(analyzer.analyze(Post.of(text)).tokens()).features()));
    }
    return out;
  }

  static MaxentModel train(List<Example> examples, String family) throws IOException {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example e : examples) {
      events.add(new Event(e.labels().contains(family) ? family : "OTHER", e.features()));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }
}
