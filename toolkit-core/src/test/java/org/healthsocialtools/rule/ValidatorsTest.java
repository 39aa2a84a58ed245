package org.healthsocialtools.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every named validator against published examples and one-character corruptions of them. */
class ValidatorsTest {

  @ParameterizedTest(name = "{0}({1}) = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mod11|943 476 5919|true",
        "mod11|943 476 5918|false",
        "luhn|4111 1111 1111 1111|true",
        "luhn|4111 1111 1111 1112|false",
        "imei|49-015420-323751-8|true",
        "imei|4111 1111 1111 1111|false",
        "npi|1234567893|true",
        "npi|1234567890|false",
        "not-repdigit|1111111111|false",
        "dni-mod23|12345678Z|true",
        "dni-mod23|12.345.678-Z|true",
        "dni-mod23|X1234567L|true",
        "dni-mod23|12345678A|false",
        "aba|011000015|true",
        "aba|021000021|true",
        "aba|021000022|false",
        "aba|000000000|false",
        "iban|GB82 WEST 1234 5698 7654 32|true",
        "iban|GB82WEST12345698765432|true",
        "iban|gb82 west 1234 5698 7654 32|true",
        "iban|DE89 3704 0044 0532 0130 00|true",
        "iban|GB82 WEST 1234 5698 7654 33|false",
        "iban|GB82 WEST 1234 5698 7654|false",
        "dea|AB1234563|true",
        "dea|AB1234567|false",
        "dea|QB1234563|false",
        "itin|912-70-1234|true",
        "itin|912 94 1234|true",
        "itin|912-69-1234|false",
        "itin|812-70-1234|false",
        "ssn|412-58-7730|true",
        "ssn|666-12-3456|false",
        "ssn|123-45-6789|false",
        "ssn|412-00-7730|false",
        "dvla-licence|MORGA753116SM9IJ|true",
        "dvla-licence|MORGA 753116 SM9IJ|true",
        "dvla-licence|MORGA713116SM9IJ|false",
        "dvla-licence|MORGA753116SM9I|false",
      })
  void validators(String name, String candidate, boolean expected) {
    assertThat(Validators.get(name)).as(name).isNotNull();
    assertThat(Validators.get(name).test(candidate)).as(name + " " + candidate).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void unknownNamesAreNull() {
    assertThat(Validators.get("mod97")).isNull();
    assertThat(Validators.names())
        .contains("luhn", "iban", "dea", "dni-mod23", "aba", "npi", "mod11");
  }
}
