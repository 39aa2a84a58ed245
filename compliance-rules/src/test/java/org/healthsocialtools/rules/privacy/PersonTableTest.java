package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names: patients and relatives are found, staff in staff contexts and organisations are not. The
 * hard cases: names that are common words, lower-case names and names split by zero-width
 * characters.
 */
class PersonTableTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Huge thanks to the team who looked after Margaret Ellison after her fall|Margaret Ellison",
        "Shoutout to Mar\u200bgaret in side room 4|Mar\u200bgaret",
        "Shoutout to Mar\u00adgaret in side room 4|Mar\u00adgaret",
        "Get well soon to little amy on the children's ward after her op|amy",
        "Hope has come such a long way since her surgery. Keep going, Hope!|Hope,Hope",
        "Bill's back again on the ward for the sixth time this month, frequent flyer|Bill",
        "Mrs Okafor walked in this morning with a kidney stone|Okafor",
        "Happy birthday to our lovely Mr Evans in Bay 2|Evans",
        "Diolch i Elin a'i theulu am adael i ni rannu ei stori|Elin",
        "Oggi la signora Maria, 98 anni, ci ha insegnato i tortellini|Maria",
        "mrs k in bed 4 finally had her hip replaced|k",
        "We will miss a lot of you when the ward moves|",
        "Congratulations to Joy Adeyemi, Ward Manager, Nurse Leader of the Year|",
        "Happy retirement to Sister Pauline Grant. Thank you, Pauline!|",
        "Tom from the estates team has fixed the lifts! Thank you Tom|",
        "Join us at Victoria Park for the 5k|",
        "There is hope and joy in recovery|",
        "Our clinic reopens in May|",
        "Ramadan Mubarak to everyone celebrating|",
      })
  void names(String text, String expected) {
    if (expected == null) {
      assertThat(found("privacy.person-name", text)).isEmpty();
    } else {
      assertThat(found("privacy.person-name", text)).containsExactly(expected.split(","));
    }
  }
}
