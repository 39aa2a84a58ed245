package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Medicine brands, ingredients, procedures and Italian and Spanish findings that only the open
 * vocabularies hold (RxNorm, MAxO, HPO translations): a detail about a particular person is
 * reported, awareness and service posts naming the same terms are not. Sentences written for this
 * test.
 */
class OpenVocabularyTableTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mum's been on Ozempic since March and she feels so much better|Ozempic",
        "My husband Dave started Zoloft last month, fingers crossed|Zoloft",
        "Grandad is home after his thyroidectomy on Tuesday, thank you ward 7|thyroidectomy",
        "Our lovely Bernard is back on rivaroxaban after the clot|rivaroxaban",
        "La signora Rosa ha una cefalea che non passa da tre giorni|cefalea",
        "Mi abuela Carmen tiene tos productiva desde el lunes|tos productiva",
      })
  void detailAboutAPersonIsReported(String text, String term) {
    assertThat(found("privacy.health-detail", text)).anyMatch(f -> f.contains(term));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ozempic shortages: what you need to know",
        "Our pharmacy team can advise on Zoloft side effects",
        "Thyroidectomy patients: your pre-op clinic has moved to the Elm Unit",
        "Rivaroxaban and apixaban: a new leaflet for anyone starting a blood thinner",
        "Se avete la cefalea da più di tre giorni, chiamate il vostro medico",
        "Si tiene tos productiva más de tres semanas, pida cita con su médico",
      })
  void awarenessAndServicePostsStayClean(String text) {
    assertThat(found("privacy.health-detail", text)).isEmpty();
    assertThat(found("privacy.clinical-event", text)).isEmpty();
  }
}
