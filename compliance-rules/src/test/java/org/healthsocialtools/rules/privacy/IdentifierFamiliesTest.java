package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import java.util.List;
import org.healthsocialtools.Category;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Post;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14's families in care sentences (written for this test; test-range numbers), and the clean
 * posts a recogniser must leave alone: published numbers, years, prices, doses, ward codes, bus
 * routes, the organisation's references.
 */
class IdentifierFamiliesTest {

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The patient's husband left a purse with a passport 925076473 inside|privacy.passport|925076473",
        "Gentleman in side room 1, passport no. K12345678, is nil by mouth|privacy.passport|K12345678",
        "Italian patient, passaporto YA0123456|privacy.passport|YA0123456",
        "Spanish patient with pasaporte XDD123456|privacy.passport|XDD123456",
        "Her driving licence number is MORGA753116SM9IJ|privacy.driving-licence|MORGA753116SM9IJ",
        "Her DL is D123-4567-8901 from Florida|privacy.us-driver-licence|D123-4567-8901",
        "Her IBAN is GB29 NWBK 6016 1331 9268 19 for the refund|privacy.iban|GB29 NWBK 6016 1331 9268 19",
        "Refund to IT60 X054 2811 1010 0000 0123 456 please|privacy.iban|IT60 X054 2811 1010 0000 0123 456",
        "Patient's son gave sort code 12-34-56 today|privacy.bank-account|12-34-56",
        "The gentleman in bay 2 logged in from 192.168.0.12 yesterday|privacy.ip-address|192.168.0.12",
        "Prescriber DEA number BB1388568 on the chart|privacy.dea-number|BB1388568",
        "His ITIN 911-77-1234 was on the letter|privacy.itin|911-77-1234",
        "The patient's car, reg A123 BCD, is blocking the ambulance bay|privacy.vehicle-registration-older|A123 BCD",
        "His MAC address 3D:F2:C9:A6:B3:4F for the home monitor|privacy.mac-address|3D:F2:C9:A6:B3:4F",
        "Health plan number 4491-2231-88 for Mrs Jones|privacy.record-number|4491-2231-88",
        "Phone her daughter on +39 333 123 4567|privacy.phone|+39 333 123 4567",
        "The patient's wife is on +30 21 0123 4567|privacy.phone|+30 21 0123 4567",
        "DOB 1951-04-12 for the lady in bay 3|privacy.care-date|1951-04-12",
        "She was born 21.5.2021 in our unit|privacy.care-date|21.5.2021",
        "Admitted 5-May-2021 with chest pain, Mrs Shah|privacy.care-date|5-May-2021",
        "He lives at 14 Elm Road, Leeds LS61AN|privacy.postcode|LS61AN",
        "Mrs Kelly lives at 22 Oak Lane, Boston, MA 02118-1234|privacy.postcode|02118-1234",
        "Mr Hale's locker tag TR-449812 went missing|privacy.unknown-identifier|TR-449812",
      })
  void foundInACareSentence(String text, String rule, String covered) {
    assertThat(found(rule, text)).containsExactly(covered);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The patient's wife is on +30 21 0123 4567|privacy.nhs-number",
        "The patient's refund goes to GB29 NWBK 6016 1331 9268 19|privacy.nhs-number",
        "Her driving licence number is MORGA753116SM9IJ|privacy.unknown-identifier",
        "Mrs Evans, member # 1048 5530 772, is on the list|privacy.phone",
      })
  void anotherRulesFormatIsNotReadAsThisOne(String text, String rule) {
    assertThat(found(rule, text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Call NHS 111 or our helpline 0300 123 4567 any time",
        "Ward 7 can be reached on 0161 496 0732 for visiting times",
        "Take 500mg paracetamol up to 4 times in 24 hours",
        "Give 0.5ml of the vaccine at 8 weeks and 12 weeks",
        "Tickets are £12.50; we raised £25,000 in 2024",
        "Job ref 200-1234567-AB: Band 5 nurse, apply by 30 November",
        "Your booking reference ABC12345 is in the confirmation",
        "Order ref 55667788 for the new beds has arrived",
        "Bus X46 stops at the main entrance every 20 minutes",
        "The clinic runs 09:00-17:00 at Ward 4B, Room 12",
        "Flu jab clinic on 2024-10-12 at the main hall",
        "Our registered charity number is 1098765",
        "Version 2.3.1 of the app is out",
        "Visit us at Kingsway Health Centre, 22 Market Street, Wakefield WF1 1DH",
        "Call 999 in an emergency, or 116 123 for Samaritans",
        "The 1950s ward was rebuilt in 1998 for £3m",
        "Our car park has 450 spaces; 20 are for blue badge holders",
        "Over 12,000 patients were seen in A&E in March 2024",
        "Bring your passport and driving licence to the recruitment day",
      })
  void cleanPostsPass(String text) {
    List<Finding> privacy =
        PrivacyAssert.DEFAULT.check(Post.of(text)).findings().stream()
            .filter(f -> f.category() == Category.PRIVACY)
            .toList();
    assertThat(privacy).isEmpty();
  }
}
