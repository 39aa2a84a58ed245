package org.healthsocialtools.rules.tone.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The tone models, one maxent model per label family, trained during the build by {@link
 * ToneModelTrainer} from {@code src/main/training/tone.tsv} and loaded from the classpath on first
 * use. Models are immutable and shared by all threads.
 */
public final class ToneModels {

  /** Families with a model; the outcome names in the training file. */
  public static final String UNPROFESSIONAL = "UNPROFESSIONAL";

  public static final String INSENSITIVE = "INSENSITIVE";

  private ToneModels() {}

  private static final class Unprofessional {
    static final MaxentModel MODEL = load(UNPROFESSIONAL);
  }

  private static final class Insensitive {
    static final MaxentModel MODEL = load(INSENSITIVE);
  }

  /** Probability that a post with these features belongs to the family. */
  public static double probability(String family, String[] features) {
    MaxentModel m = family.equals(UNPROFESSIONAL) ? Unprofessional.MODEL : Insensitive.MODEL;
    double[] p = m.eval(features);
    int yes = m.getIndex(family);
    return yes < 0 ? 0 : p[yes];
  }

  static String resource(String family) {
    return "/hst/models/tone-" + family.toLowerCase(java.util.Locale.ROOT) + ".bin";
  }

  private static MaxentModel load(String family) {
    String name = resource(family);
    try (InputStream in = ToneModels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "tone model "
                + name
                + " is missing from the classpath (built by"
                + " ToneModelTrainer in the compliance-rules build)");
      }
      return new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in)))
          .getModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tone model " + name, e);
    }
  }
}
