package org.healthsocialtools.rule;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The one registry of named identifier validators, shared by Java recognisers and by pack rules
 * ({@code validator: luhn} in YAML), so an organisation pack can check the same way the bundled
 * rules do. Each validator takes the candidate as written (separators included) and says whether
 * its structure and check digit hold.
 */
public final class Validators {

  /** A named validator and what it checks, for explanations and error messages. */
  public record Validator(String name, String checks, Predicate<CharSequence> test) {

    /** True when {@code candidate} passes. */
    public boolean test(CharSequence candidate) {
      return test.test(candidate);
    }
  }

  private static final Map<String, Validator> ALL =
      index(
          new Validator("mod11", "NHS/CHI/H&C mod 11 check digit", Checksums::mod11),
          new Validator("luhn", "Luhn check digit", Checksums::luhn),
          new Validator(
              "imei",
              "15 digits with a Luhn check digit (IMEI)",
              s -> Checksums.digits(s).length() == 15 && Checksums.luhn(s)),
          new Validator("npi", "NPI Luhn check over 80840 and the number", Checksums::npi),
          new Validator("not-repdigit", "not one repeated digit", s -> !Checksums.repdigit(s)),
          new Validator("dni-mod23", "DNI/NIE mod 23 control letter", Checksums::dniMod23),
          new Validator("aba", "ABA routing number weights 3-7-1", Checksums::abaRouting),
          new Validator("iban", "IBAN country length and ISO 13616 mod 97", Checksums::ibanMod97),
          new Validator("dea", "DEA registrant type and check digit", Checksums::dea),
          new Validator("itin", "ITIN 9XX with a valid group (IRS)", Checksums::itin),
          new Validator("ssn", "SSA area, group and serial rules", Checksums::ssn),
          new Validator(
              "dvla-licence",
              "DVLA licence layout and encoded birth date",
              Checksums::dvlaLicence));

  private Validators() {}

  private static Map<String, Validator> index(Validator... validators) {
    Map<String, Validator> m = new TreeMap<>();
    for (Validator v : validators) {
      m.put(v.name(), v);
    }
    return Map.copyOf(m);
  }

  /** The validator called {@code name}, or null when there is none. */
  public static Validator get(String name) {
    return ALL.get(name);
  }

  /** Every validator name, sorted (for error messages and docs). */
  public static Set<String> names() {
    return new java.util.TreeSet<>(ALL.keySet());
  }
}
