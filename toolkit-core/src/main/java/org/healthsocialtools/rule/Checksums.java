package org.healthsocialtools.rule;

/**
 * Check-digit algorithms that identifier rules validate candidates with. All take the digits of a
 * candidate and ignore any other characters.
 */
public final class Checksums {

  private Checksums() {}

  /** The digits of {@code s}, in order. */
  public static String digits(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * NHS, CHI and H&amp;C numbers: ten digits, weights 10..2 over the first nine, check digit {@code
   * 11 - (sum mod 11)}, where 11 means 0 and 10 means the number is invalid.
   */
  public static boolean mod11(CharSequence candidate) {
    String d = digits(candidate);
    if (d.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == d.charAt(9) - '0';
  }

  /** Luhn (payment cards, IMEI). */
  public static boolean luhn(CharSequence candidate) {
    String d = digits(candidate);
    if (d.length() < 2) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int v = d.charAt(i) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /**
   * US National Provider Identifier: ten digits starting 1 or 2, Luhn over {@code 80840} and the
   * digits.
   */
  public static boolean npi(CharSequence candidate) {
    String d = digits(candidate);
    return d.length() == 10 && (d.charAt(0) == '1' || d.charAt(0) == '2') && luhn("80840" + d);
  }

  /** True when every digit is the same ({@code 0000000000}): never a real identifier. */
  public static boolean repdigit(CharSequence candidate) {
    String d = digits(candidate);
    return !d.isEmpty() && d.chars().allMatch(c -> c == d.charAt(0));
  }

  /**
   * Spanish DNI (eight digits) or NIE (X, Y or Z for 0, 1 or 2, then seven digits) and its control
   * letter: the number mod 23 indexes {@code TRWAGMYFPDXBNJZSQVHLCKE}. Separators are ignored.
   */
  public static boolean dniMod23(CharSequence candidate) {
    StringBuilder b = new StringBuilder(10);
    for (int i = 0; i < candidate.length(); i++) {
      char c = Character.toUpperCase(candidate.charAt(i));
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        b.append(c);
      }
    }
    if (b.length() != 9) {
      return false;
    }
    int lead = "XYZ".indexOf(b.charAt(0));
    if (lead >= 0) {
      b.setCharAt(0, (char) ('0' + lead));
    }
    for (int i = 0; i < 8; i++) {
      if (!Character.isDigit(b.charAt(i))) {
        return false;
      }
    }
    return "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(b.substring(0, 8)) % 23)
        == b.charAt(8);
  }

  /**
   * US ABA routing number: nine digits, {@code 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9)} divisible by
   * 10.
   */
  public static boolean abaRouting(CharSequence candidate) {
    String d = digits(candidate);
    if (d.length() != 9 || repdigit(d)) {
      return false;
    }
    int sum = 0;
    int[] w = {3, 7, 1};
    for (int i = 0; i < 9; i++) {
      sum += w[i % 3] * (d.charAt(i) - '0');
    }
    return sum % 10 == 0;
  }

  /**
   * IBAN (ISO 13616): two letters, two check digits and up to 30 letters or digits, the length
   * fixed per country where known; the first four characters moved to the end, letters as 10-35,
   * the number mod 97 is 1. Separators (white space, dashes, dots, slashes) are ignored.
   */
  public static boolean ibanMod97(CharSequence candidate) {
    StringBuilder b = new StringBuilder(34);
    for (int i = 0; i < candidate.length(); i++) {
      char c = Character.toUpperCase(candidate.charAt(i));
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        b.append(c);
      } else if (!Character.isWhitespace(c) && c != '-' && c != '.' && c != '/') {
        return false;
      }
    }
    if (b.length() < 15
        || b.length() > 34
        || !Character.isLetter(b.charAt(0))
        || !Character.isLetter(b.charAt(1))
        || !Character.isDigit(b.charAt(2))
        || !Character.isDigit(b.charAt(3))) {
      return false;
    }
    Integer expected = IBAN_LENGTHS.get(b.substring(0, 2));
    if (expected != null && expected != b.length()) {
      return false;
    }
    String moved = b.substring(4) + b.substring(0, 4);
    int rem = 0;
    for (int i = 0; i < moved.length(); i++) {
      char c = moved.charAt(i);
      int v = c <= '9' ? c - '0' : c - 'A' + 10;
      rem = (v > 9 ? rem * 100 + v : rem * 10 + v) % 97;
    }
    return rem == 1;
  }

  /** IBAN lengths of the countries posts are most likely to mention (SWIFT IBAN registry). */
  private static final java.util.Map<String, Integer> IBAN_LENGTHS =
      java.util.Map.ofEntries(
          java.util.Map.entry("GB", 22),
          java.util.Map.entry("IE", 22),
          java.util.Map.entry("DE", 22),
          java.util.Map.entry("FR", 27),
          java.util.Map.entry("ES", 24),
          java.util.Map.entry("IT", 27),
          java.util.Map.entry("NL", 18),
          java.util.Map.entry("BE", 16),
          java.util.Map.entry("PT", 25),
          java.util.Map.entry("CH", 21),
          java.util.Map.entry("AT", 20),
          java.util.Map.entry("PL", 28),
          java.util.Map.entry("SE", 24),
          java.util.Map.entry("DK", 18),
          java.util.Map.entry("NO", 15),
          java.util.Map.entry("FI", 18),
          java.util.Map.entry("GR", 27),
          java.util.Map.entry("LU", 20),
          java.util.Map.entry("GI", 23),
          java.util.Map.entry("MT", 31),
          java.util.Map.entry("CY", 28));

  /**
   * US DEA registration number: two letters (the first a registrant type A B C D E F G H J K L M P
   * R S T U X) and seven digits; {@code (d1+d3+d5) + 2(d2+d4+d6)} ends in the check digit d7.
   */
  public static boolean dea(CharSequence candidate) {
    StringBuilder b = new StringBuilder(9);
    for (int i = 0; i < candidate.length(); i++) {
      char c = Character.toUpperCase(candidate.charAt(i));
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        b.append(c);
      }
    }
    if (b.length() != 9
        || "ABCDEFGHJKLMPRSTUX".indexOf(b.charAt(0)) < 0
        || !Character.isLetterOrDigit(b.charAt(1))) {
      return false;
    }
    String d = b.substring(2);
    if (!d.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum =
        (d.charAt(0) - '0')
            + (d.charAt(2) - '0')
            + (d.charAt(4) - '0')
            + 2 * ((d.charAt(1) - '0') + (d.charAt(3) - '0') + (d.charAt(5) - '0'));
    return sum % 10 == d.charAt(6) - '0';
  }

  /**
   * US Individual Taxpayer Identification Number: nine digits starting 9, digits 4-5 in 50-65,
   * 70-88, 90-92 or 94-99 (IRS).
   */
  public static boolean itin(CharSequence candidate) {
    String d = digits(candidate);
    if (d.length() != 9 || d.charAt(0) != '9') {
      return false;
    }
    int g = Integer.parseInt(d.substring(3, 5));
    return g >= 50 && g <= 65 || g >= 70 && g <= 88 || g >= 90 && g <= 92 || g >= 94;
  }

  /**
   * US Social Security number (SSA rules): nine digits, area never 000, 666 or 900-999, group never
   * 00, serial never 0000, not the advertising numbers 078-05-1120 or 123-45-6789, not one repeated
   * digit.
   */
  public static boolean ssn(CharSequence candidate) {
    String d = digits(candidate);
    if (d.length() != 9) {
      return false;
    }
    int a = Integer.parseInt(d.substring(0, 3));
    return a != 0
        && a != 666
        && a < 900
        && !d.startsWith("00", 3)
        && !d.endsWith("0000")
        && !repdigit(d)
        && !d.equals("078051120")
        && !d.equals("123456789")
        && !d.equals("987654320")
        && !d.equals("987654321");
  }

  /**
   * UK (DVLA) driving licence number, 16 characters: five of the surname (padded with 9), the
   * decade digit of the birth year, the birth month (plus 50 for women), the day, the year's last
   * digit, two initials (padded with 9), an arbitrary digit and two check letters or digits. Checks
   * the encoded date, since DVLA publishes no check algorithm.
   */
  public static boolean dvlaLicence(CharSequence candidate) {
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < candidate.length(); i++) {
      char c = Character.toUpperCase(candidate.charAt(i));
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        b.append(c);
      }
    }
    if (b.length() != 16) {
      return false;
    }
    String surname = b.substring(0, 5);
    if (!surname.matches("[A-Z]{1,5}9{0,4}")
        || !b.substring(5, 11).chars().allMatch(Character::isDigit)
        || !b.substring(11, 13).matches("[A-Z][A-Z9]")
        || !Character.isDigit(b.charAt(13))
        || !b.substring(14).matches("[A-Z0-9]{2}")) {
      return false;
    }
    int month = Integer.parseInt(b.substring(6, 8));
    int day = Integer.parseInt(b.substring(8, 10));
    month = month > 50 ? month - 50 : month;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
}
