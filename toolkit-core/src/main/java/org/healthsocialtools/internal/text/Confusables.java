package org.healthsocialtools.internal.text;

/**
 * Cyrillic and Greek letters that render like Latin ones (a subset of Unicode's confusables.txt
 * that matters for names and e-mail addresses). Used only next to Latin letters, so genuine
 * Cyrillic or Greek words are untouched.
 */
final class Confusables {

  private static final String FROM =
      "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04CF\u0410\u0412\u0415\u041A\u041C"
          + "\u041D\u041E\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u03BF\u03B1\u03BD\u03C1\u039F\u0391\u0392"
          + "\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u03A1\u03A4\u03A5\u03A7\u03B9\u043A\u043C\u043D\u0442";
  private static final String TO = "aeopcyxijsdlABEKMHOPCTXIJSoavpOABEZHIKMNPTYXikmHT";

  private Confusables() {}

  static int latinFor(int cp) {
    if (cp > 0xFFFF) {
      return -1;
    }
    int i = FROM.indexOf(cp);
    return i < 0 ? -1 : TO.charAt(i);
  }

  static {
    if (FROM.length() != TO.length()) {
      throw new AssertionError("confusable table misaligned");
    }
  }
}
