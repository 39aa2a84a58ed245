package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clinical detail found by grammar, the open vocabularies and the disclosure model, in the four
 * languages; and the campaign, service and staff posts that must stay clean. Sentences written for
 * this test.
 */
class ClinicalEventTableTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // grammar: events, injuries, results, doses, states
        "Uncle Len was admitted with a twisted bowel on Sunday|admitted with a twisted bowel",
        "She sprained her ankle at netball and came to see us|sprained her ankle",
        "Grandma had two teeth out this morning and is very brave|had two teeth out",
        "His creatinine went from 300 to 120 this week|creatinine went from 300 to 120",
        "He took 40 tablets of his mum's medicine|40 tablets",
        "Our Gary is eighteen months sober and running the café|",
        "Gary is two years sober and running the café now|two years sober",
        "Mae Nain wedi torri ei choes ac yn yr ysbyty|torri ei choes",
        "El señor Luis, ingresado por una caída, ya camina|ingresado por una caída",
        "La signora Pina è stata ricoverata per una brutta infezione|ricoverata per una brutta infezione",
      })
  void grammar(String text, String expected) {
    if (expected == null) {
      assertThat(found("privacy.clinical-event", text)).isEmpty();
    } else {
      assertThat(found("privacy.clinical-event", text)).containsExactly(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Know the signs of a stroke and call 999",
        "Our diabetes clinic opens on Monday in the new wing",
        "Flu jabs are available now for anyone over 65",
        "Anyone admitted with a broken hip sees a geriatrician within a day",
        "Congratulations to our orthopaedic team on 1,000 knee replacements",
        "People diagnosed with coeliac disease can get advice from our dietitians",
        "Quien sufre de asma debe vacunarse contra la gripe",
        "Chi soffre di emicrania può chiamare il nostro ambulatorio",
      })
  void campaignsAndServicesStayClean(String text) {
    assertThat(found("privacy.clinical-event", text)).isEmpty();
    assertThat(found("privacy.health-detail", text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // terms only the open vocabularies hold (Disease Ontology, Symptom Ontology, HPO lay names,
        // medicines)
        "Our lovely Doreen finally went home today after her sarcoidosis flare|sarcoidosis",
        "His wife told us his tinnitus keeps him awake|tinnitus",
      })
  void openVocabularies(String text, String expected) {
    assertThat(found("privacy.health-detail", text)).contains(expected);
  }
}
