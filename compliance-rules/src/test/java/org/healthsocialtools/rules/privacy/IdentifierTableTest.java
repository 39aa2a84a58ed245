package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import org.healthsocialtools.Post;
import org.healthsocialtools.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identifier recognizers against the official format rules (NHS Data Dictionary, HMRC NIM39110,
 * SSA, CMS).
 */
class IdentifierTableTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | expected covered text ('' = nothing) | severity
        "NHS no 943 476 5919 please|943 476 5919|error",
        "NHS no 943-476-5919|943-476-5919|error",
        "NHS no 943.476.5919|943.476.5919|error",
        "NHS no 9434 765 919|9434 765 919|error",
        "NHS no 9 4 3 4 7 6 5 9 1 9|9 4 3 4 7 6 5 9 1 9|error",
        "NHS no 943\u200b476\u200b5919|943\u200b476\u200b5919|error",
        "NHS no \u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669|\u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669|error",
        "NHS no \u096f\u096a\u0969\u096a\u096d\u096c\u096b\u096f\u0967\u096f|\u096f\u096a\u0969\u096a\u096d\u096c\u096b\u096f\u0967\u096f|error",
        "NHS no. 943 476 5918 (typo)|943 476 5918|error",
        "ref 450 557 7104|450 557 7104|error",
        "ref 943 476 5919|943 476 5919|warning",
        "ref 943 476 5918||",
        "ref 0000000000||",
        "ref 4444444444||",
        "ref 94347659190 is eleven digits||",
        "CHI 1403527873 transfer|1403527873|error",
        "H&C number 350 982 5977|350 982 5977|error",
        "Call 0161 496 0732||",
      })
  void nhsChiAndHcNumbers(String text, String expected, String severity) {
    check("privacy.nhs-number", text, expected, severity);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NI number JH 48 21 93 B|JH 48 21 93 B|error",
        "NINO JH482193B|JH482193B|error",
        "found AB 12 34 56 C on a form|AB 12 34 56 C|warning",
        "NI number DA 12 34 56 C||",
        "NI number AO 12 34 56 C||",
        "NI number GB 12 34 56 C||",
        "NI number ZZ 12 34 56 C||",
        "NI number AB 12 34 56 E||",
      })
  void nationalInsuranceNumbers(String text, String expected, String severity) {
    check("privacy.ni-number", text, expected, severity);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SSN 412-58-7730|412-58-7730|error",
        "SSN 412 58 7730|412 58 7730|error",
        "social security 412587730|412587730|error",
        "form shows 412-58-7730|412-58-7730|warning",
        "SSN 000-58-7730||",
        "SSN 666-58-7730||",
        "SSN 912-58-7730||",
        "SSN 412-00-7730||",
        "SSN 412-58-0000||",
        "SSN 412-58 7730|412-58 7730|error",
        "number 412-58 7730||",
        "SSN 078-05-1120||",
      })
  void socialSecurityNumbers(String text, String expected, String severity) {
    check("privacy.ssn", text, expected, severity);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MRN 00482913 on the chart|00482913|error",
        "MRN: 0 0 4 8 2 9 1 3, bed 12B|0 0 4 8 2 9 1 3|error",
        "hosp no. RX448812|RX448812|error",
        "member ID XGH882417730.|XGH882417730|error",
        "MRN pending||",
        "Our charity no. 1098765||",
      })
  void recordNumbersByLabel(String text, String expected, String severity) {
    check("privacy.record-number", text, expected, severity);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "privacy.payment-card|card 4111 1111 1111 1111 found|4111 1111 1111 1111",
        "privacy.payment-card|card 4111 1111 1111 1112 found|",
        "privacy.npi|NPI 1234567893|1234567893",
        "privacy.npi|NPI 1234567890|",
        "privacy.mbi|Medicare 1EG4-TE5-MK73|1EG4-TE5-MK73",
        "privacy.mbi|Medicare 1EG4-TS5-MK73|",
        "privacy.vehicle-plate|the silver Corsa KX19 TYR in the bay|KX19 TYR",
        "privacy.codice-fiscale|codice fiscale BNCGPP38M45F839K|BNCGPP38M45F839K",
      })
  void patternIdentifiers(String rule, String text, String expected) {
    check(rule, text, expected, null);
  }

  private static void check(String rule, String text, String expected, String severity) {
    if (expected == null || expected.isEmpty()) {
      assertThat(found(rule, text)).isEmpty();
      return;
    }
    assertThat(found(rule, text)).containsExactly(expected);
    if (severity != null) {
      assertThat(
              PrivacyAssert.DEFAULT.check(Post.of(text)).findings().stream()
                  .filter(f -> f.ruleId().equals(rule))
                  .map(f -> f.severity())
                  .toList())
          .containsExactly(Severity.fromId(severity));
    }
  }
}
