package org.healthsocialtools.rules.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Ways people hide an identifier from a checker, each a rewrite of the marked text of a flagged example. A rewrite
 * returns {@code null} when it does not apply (no digits to spell out, no letters to swap). Deterministic, so the
 * corpus and its recall table are the same on every run.
 */
final class Evasions {

  private static final String[] DIGIT_WORDS =
      {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  private static final String CYRILLIC_FROM = "aeopcxyAEOPCXHKMT";
  private static final String CYRILLIC_TO =
      "\u0430\u0435\u043E\u0440\u0441\u0445\u0443\u0410\u0415\u041E\u0420\u0421\u0425\u041D\u041A\u041C\u0422";

  private Evasions() {}

  /** Every rewrite, by the name the recall table uses, in table order. */
  static Map<String, UnaryOperator<String>> all() {
    Map<String, UnaryOperator<String>> m = new LinkedHashMap<>();
    m.put("none (as written)", s -> s);
    m.put("digits spelled out", s -> digits(s) < 3 ? null : spellDigits(s));
    m.put("separator: space", s -> regroup(s, " "));
    m.put("separator: dash", s -> regroup(s, "-"));
    m.put("separator: dot", s -> regroup(s, "."));
    m.put("separator: slash", s -> regroup(s, "/"));
    m.put("separator: none", s -> regroup(s, ""));
    m.put("separator: double space", s -> regroup(s, "  "));
    m.put("separator: NBSP", s -> regroup(s, "\u00A0"));
    m.put("separator: thin space", s -> regroup(s, "\u2009"));
    m.put("full-width digits", s -> mapDigits(s, 0xFF10));
    m.put("Arabic-Indic digits", s -> mapDigits(s, 0x0660));
    m.put("Devanagari digits", s -> mapDigits(s, 0x0966));
    m.put("Cyrillic homoglyphs", Evasions::homoglyphs);
    m.put("zero-width inside", s -> interleave(s, new String[] {"\u200B", "\u200C", "\u2060", "\u00AD"}));
    m.put("bidi controls inside", s -> interleave(s, new String[] {"\u200E", "\u202E", "\u2066", "\u202C"}));
    m.put("leetspeak e-mail", s -> s.indexOf('@') < 0 ? null : leet(s));
    m.put("split across lines", s -> s.indexOf(' ') < 0 ? null : s.replace(' ', '\n'));
    m.put("emoji between digits", s -> regroup(s, "\uD83D\uDCDE"));
    m.put("keycap digits", s -> digits(s) < 3 ? null : s.replaceAll("([0-9])", "$1\uFE0F\u20E3"));
    return m;
  }

  static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        n++;
      }
    }
    return n;
  }

  /** "943 476" becomes "nine four three four seven six": each digit a word, words one space apart. */
  static String spellDigits(String s) {
    StringBuilder b = new StringBuilder();
    boolean lastWasDigit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
        b.append(DIGIT_WORDS[c - '0']);
        lastWasDigit = true;
      } else if (lastWasDigit && isDigitSeparator(c)) {
        continue;
      } else {
        if (lastWasDigit) {
          b.append(' ');
        }
        b.append(c);
        lastWasDigit = false;
      }
    }
    return b.toString().replace("  ", " ");
  }

  private static boolean isDigitSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/';
  }

  /**
   * Digits only (at least 6), regrouped with {@code sep}: the groups the text had, or 3-3-rest when it had none.
   * Identifiers only: text with letters is left alone.
   */
  static String regroup(String s, String sep) {
    if (digits(s) < 6) {
      return null;
    }
    List<String> groups = new ArrayList<>();
    StringBuilder g = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        g.append(c);
      } else if (Character.isLetter(c) || c == '+' || c == '(' || c == ')') {
        return null;
      } else if (g.length() > 0) {
        groups.add(g.toString());
        g.setLength(0);
      }
    }
    if (g.length() > 0) {
      groups.add(g.toString());
    }
    if (groups.size() == 1) {
      String d = groups.get(0);
      groups = List.of(d.substring(0, 3), d.substring(3, 6), d.substring(6));
    }
    return String.join(sep, groups);
  }

  static String mapDigits(String s, int zero) {
    if (digits(s) < 3) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.appendCodePoint(c >= '0' && c <= '9' ? zero + (c - '0') : c);
    }
    return b.toString();
  }

  /** Latin letters that have a Cyrillic twin swapped for it, every other one (a mix is what evaders use). */
  static String homoglyphs(String s) {
    StringBuilder b = new StringBuilder();
    int swapped = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = CYRILLIC_FROM.indexOf(c);
      if (k >= 0 && (swapped++ % 2 == 0)) {
        b.append(CYRILLIC_TO.charAt(k));
      } else {
        b.append(c);
      }
    }
    return swapped == 0 ? null : b.toString();
  }

  /** An invisible control after every second letter or digit. */
  static String interleave(String s, String[] controls) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c);
      if (Character.isLetterOrDigit(c) && ++n % 2 == 0 && i + 1 < s.length()) {
        b.append(controls[(n / 2) % controls.length]);
      }
    }
    return n < 2 ? null : b.toString();
  }

  /** Local part in leetspeak: a 4, e 3, i 1, o 0, s 5 (jane.doe@ becomes j4n3.d03@). */
  static String leet(String s) {
    int at = s.indexOf('@');
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = i < at ? "aeios".indexOf(Character.toLowerCase(c)) : -1;
      b.append(k >= 0 ? "43105".charAt(k) : c);
    }
    return b.toString();
  }
}
