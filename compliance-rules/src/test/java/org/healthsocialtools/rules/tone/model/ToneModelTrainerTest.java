package org.healthsocialtools.rules.tone.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneModelTrainerTest {

  private static final Analyzer ANALYZER = new Analyzer("en-GB");

  private static String[] features(String text) {
    return ToneCues.of(ANALYZER.analyze(Post.of(text)).tokens()).features();
  }

  @Test
  void trainingIsDeterministic(@TempDir Path dir) throws IOException {
    Path file = write(dir, sample());
    List<ToneModelTrainer.Example> examples = ToneModelTrainer.read(file);
    MaxentModel a = ToneModelTrainer.train(examples, ToneModels.UNPROFESSIONAL);
    MaxentModel b = ToneModelTrainer.train(examples, ToneModels.UNPROFESSIONAL);
    String[] f = features("Those idiots in bay 2 again 🙄");
    assertThat(a.eval(f)).containsExactly(b.eval(f));
  }

  @Test
  void learnsFromTheFileAndGeneralisesToUnseenWording(@TempDir Path dir) throws IOException {
    MaxentModel m =
        ToneModelTrainer.train(
            ToneModelTrainer.read(write(dir, sample())), ToneModels.UNPROFESSIONAL);
    int yes = m.getIndex(ToneModels.UNPROFESSIONAL);
    assertThat(m.eval(features("Absolute idiots on the ward again today 🙄"))[yes])
        .isGreaterThan(0.5);
    assertThat(m.eval(features("Thank you to our wonderful ward team"))[yes]).isLessThan(0.5);
  }

  @Test
  void badLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = write(dir, "# comment\nOK\tfine\nno tab here\n");
    assertThatThrownBy(() -> ToneModelTrainer.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
    Path other = write(dir, "RUDE\tsomething\n");
    assertThatThrownBy(() -> ToneModelTrainer.read(other)).hasMessageContaining("unknown label");
  }

  @Test
  void shippedModelsSeparateClearCases() {
    String[] rude = features("Some idiots think A&E is a hotel 🙄 pathetic");
    String[] kind = features("Thank you to everyone who donated to our children's ward appeal");
    assertThat(ToneModels.probability(ToneModels.UNPROFESSIONAL, rude)).isGreaterThan(0.6);
    assertThat(ToneModels.probability(ToneModels.UNPROFESSIONAL, kind)).isLessThan(0.4);
    String[] gallows = features("Two dead in the crash, what a fun night 🎉😂");
    String[] memorial =
        features(
            "We are saddened by the death of our colleague. Our thoughts are with her family.");
    assertThat(ToneModels.probability(ToneModels.INSENSITIVE, gallows)).isGreaterThan(0.6);
    assertThat(ToneModels.probability(ToneModels.INSENSITIVE, memorial)).isLessThan(0.4);
  }

  private static String sample() {
    StringBuilder b = new StringBuilder();
    String[] rude = {
      "Idiots in the waiting room again 🙄",
      "Pathetic patients moaning about the food 🙄",
      "What a bunch of idiots, seriously",
      "Moaning relatives again, pathetic 🙄"
    };
    String[] ok = {
      "Thank you to our ward team",
      "Our clinic opens on Monday",
      "Thank you for your kind words",
      "Flu clinics run every Saturday",
      "Well done to our wonderful nurses"
    };
    for (int i = 0; i < 3; i++) {
      for (String s : rude) {
        b.append("UNPROFESSIONAL\t").append(s).append('\n');
      }
      for (String s : ok) {
        b.append("OK\t").append(s).append('\n');
      }
    }
    return b.toString();
  }

  private static Path write(Path dir, String text) throws IOException {
    Path f = Files.createTempFile(dir, "tone", ".tsv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}
