package org.healthsocialtools.rules.privacy;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.healthsocialtools.rule.Validators;

/**
 * Whether a span lies inside an IBAN that passes its check, so the digit runs of an IBAN are not
 * read as an NHS, Social Security or phone number (the IBAN rule reports the whole account number).
 */
final class Ibans {

  private static final Pattern IBAN =
      Pattern.compile("[A-Z]{2}[\\s./\\-]?[0-9]{2}(?:[\\s./\\-]?[A-Z0-9]){11,30}");
  private static final Validators.Validator MOD97 = Validators.get("iban");

  private Ibans() {}

  /**
   * True when [s, e) of {@code text} lies inside a valid IBAN that starts at most 60 characters
   * before s.
   */
  static boolean covers(String text, int s, int e) {
    for (int p = s - 4; p >= Math.max(0, s - 60); p--) {
      if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1)) || !isCountryAndCheck(text, p)) {
        continue;
      }
      Matcher m = IBAN.matcher(text.substring(p, Math.min(text.length(), p + 70)));
      if (!m.lookingAt() || p + m.end() < e) {
        continue;
      }
      // The match may run on into a neighbouring code: try each end from the longest back to the
      // candidate's.
      for (int end = m.end(); p + end >= e; end--) {
        if (Character.isLetterOrDigit(text.charAt(p + end - 1))
            && MOD97.test(text.substring(p, p + end))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCountryAndCheck(String text, int p) {
    return p + 2 <= text.length()
        && Character.isUpperCase(text.charAt(p))
        && Character.isUpperCase(text.charAt(p + 1))
        && (p + 2 == text.length() || !Character.isLetter(text.charAt(p + 2)));
  }
}
