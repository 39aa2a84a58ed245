package org.healthsocialtools.internal.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP models, loaded from the classpath (the {@code opennlp-models-*} jars) on first use
 * and shared by all threads: OpenNLP models are immutable, while the {@code *ME} classes that use
 * them are not, so callers keep one of those per thread. Nothing is downloaded.
 */
public final class Models {

  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LANGDETECT = "langdetect-183.bin";

  private Models() {}

  private static final class Sentence {
    static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = load(POS, POSModel::new);
  }

  private static final class Lang {
    static final LanguageDetectorModel MODEL = load(LANGDETECT, LanguageDetectorModel::new);
  }

  public static SentenceModel sentenceModel() {
    return Sentence.MODEL;
  }

  public static POSModel posModel() {
    return Pos.MODEL;
  }

  public static LanguageDetectorModel languageModel() {
    return Lang.MODEL;
  }

  /**
   * Loads the sentence model now, which every post needs. The POS model (a fifth of a second to
   * load) waits until a rule first asks for a tag, and the language model until the function-word
   * vote is unsure: a one-post run of the CLI needs neither.
   */
  public static void warmUp() {
    sentenceModel();
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String name, Reader<T> reader) {
    try (InputStream in = Models.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
      }
      return reader.read(new java.io.BufferedInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }
}
