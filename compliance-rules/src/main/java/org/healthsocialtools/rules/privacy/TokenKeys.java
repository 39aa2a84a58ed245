package org.healthsocialtools.rules.privacy;

import java.text.Normalizer;
import java.util.Locale;

/** The token match form ({@link org.healthsocialtools.analysis.Token#key()}) for words read from lexicon files. */
final class TokenKeys {

  private TokenKeys() {}

  static String key(CharSequence word) {
    String s = word.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    if (s.endsWith("'s") && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      }
    }
    return s;
  }
}
