package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contacts, places, dates and ages: what is a person's and what is a service's or an event's. */
class ContactAndPlaceTableTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // rule | text | expected ('' = nothing)
        "privacy.phone|Dr Shah will call you on 07700 900417|07700 900417",
        "privacy.phone|ring Tracey on 07700-900-852 about her dad|07700-900-852",
        "privacy.phone|his mobile: +44 7700 900233|+44 7700 900233",
        "privacy.phone|they'll call you at (312) 555-0178 today|(312) 555-0178",
        "privacy.phone|anyone fancy a walking buddy? 07700 900 233|07700 900 233",
        "privacy.phone|Call our switchboard on 0113 496 0500|",
        "privacy.phone|Call 111, or 999 in an emergency|",
        "privacy.phone|Samaritans: 116 123, Childline 0800 1111|",
        "privacy.phone|Llame al 988 o al (915) 555-0126, llámenos|",
        "privacy.email|email her at jane.doe@gmail.com|jane.doe@gmail.com",
        "privacy.email|her email is jane dot doe at gmail dot com|jane dot doe at gmail dot com",
        "privacy.email|email carers@northbrook.nhs.uk for help|",
        "privacy.email|write to info@example.com|",
        "privacy.postcode|the 79-year-old from CF14 4XW|CF14 4XW",
        "privacy.postcode|she lives in ZIP 78207|78207",
        "privacy.postcode|Clinic at Kingsway Health Centre, Wakefield WF1 1DH, 9am–1pm|",
        "privacy.postcode|Our postcode QV1 1AA|",
        "privacy.ward-bed|the gent in bed 7 pulled his drip out|bed 7",
        "privacy.ward-bed|Ward 7 has reopened after a refurbishment|",
        "privacy.care-date|DOB 3/7/88, sample mislabelled|3/7/88",
        "privacy.care-date|he died peacefully on 3 January|3 January",
        "privacy.care-date|Our clinic is open on Saturday 11 October|",
        "privacy.care-date|Open 24/7|",
        "privacy.age|a 72-year-old woman was admitted|72-year-old",
        "privacy.age|Joy turned 100 today on the ward|100",
        "privacy.age|la señora Rosa, de 67 años, sale hoy|67 años",
        "privacy.age|Vaccines for everyone aged 65 and over|",
        "privacy.age|gratuita para menores de 18 años|",
      })
  void table(String rule, String text, String expected) {
    if (expected == null) {
      assertThat(found(rule, text)).isEmpty();
    } else {
      assertThat(found(rule, text)).containsExactly(expected);
    }
  }
}
