package org.healthsocialtools.rule;

/**
 * Check-digit algorithms that identifier rules validate candidates with. All take the digits of a candidate and
 * ignore any other characters.
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
   * NHS, CHI and H&amp;C numbers: ten digits, weights 10..2 over the first nine, check digit {@code 11 - (sum mod
   * 11)}, where 11 means 0 and 10 means the number is invalid.
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

  /** US National Provider Identifier: ten digits starting 1 or 2, Luhn over {@code 80840} and the digits. */
  public static boolean npi(CharSequence candidate) {
    String d = digits(candidate);
    return d.length() == 10 && (d.charAt(0) == '1' || d.charAt(0) == '2') && luhn("80840" + d);
  }

  /** True when every digit is the same ({@code 0000000000}): never a real identifier. */
  public static boolean repdigit(CharSequence candidate) {
    String d = digits(candidate);
    return !d.isEmpty() && d.chars().allMatch(c -> c == d.charAt(0));
  }
}
