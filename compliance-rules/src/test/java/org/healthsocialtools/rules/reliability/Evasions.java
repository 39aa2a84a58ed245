package org.healthsocialtools.rules.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Kind;

/**
 * Ways people hide private details from a checker, each a rewrite of the marked text of a flagged
 * example. A rewrite applies only where it is a real evasion of that kind of detail and returns
 * {@code null} otherwise (or when it would change nothing): separators and digit regrouping to the
 * digit groups of identifiers, phone numbers, card numbers and numeric dates; digit words to digit
 * sequences of identifiers, phone numbers and ZIP codes (nobody spells a date or an age digit by
 * digit); other-script digits and keycaps to any digit; homoglyphs to letters; a line break to the
 * space between two words or digit groups. Deterministic, so the corpus and its recall tables are
 * the same on every run.
 */
final class Evasions {

  /**
   * A rewrite of the marked text {@code span} of a finding of {@code kind}, or null where it does
   * not apply.
   */
  interface Evasion {
    String apply(Kind kind, String span);
  }

  private static final String[] DIGIT_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };
  private static final String CYRILLIC_FROM = "aeopcxyAEOPCXHKMT";
  private static final String CYRILLIC_TO =
      "\u0430\u0435\u043E\u0440\u0441\u0445\u0443\u0410\u0415\u041E\u0420\u0421\u0425\u041D\u041A\u041C\u0422";

  /**
   * Kinds whose details are digit sequences read out one digit at a time: identifiers, phones, ZIP
   * codes.
   */
  private static final Set<Kind> SPELLED = Set.of(Kind.IDENTIFIER, Kind.CONTACT, Kind.LOCATION);

  /**
   * Kinds whose details are digit groups a writer can separate any way: codes, phone numbers,
   * numeric dates.
   */
  private static final Set<Kind> GROUPED =
      Set.of(Kind.IDENTIFIER, Kind.CONTACT, Kind.LOCATION, Kind.DATE);

  private Evasions() {}

  /** Every rewrite, by the name the recall tables use, in table order. */
  static Map<String, Evasion> all() {
    Map<String, Evasion> m = new LinkedHashMap<>();
    m.put("none (as written)", (k, s) -> s);
    m.put(
        "digits spelled out",
        (k, s) -> SPELLED.contains(k) && oneDigitSequence(s) ? spellDigits(s) : null);
    m.put("separator: space", (k, s) -> regroup(k, s, " "));
    m.put("separator: dash", (k, s) -> regroup(k, s, "-"));
    m.put("separator: dot", (k, s) -> regroup(k, s, "."));
    m.put("separator: slash", (k, s) -> regroup(k, s, "/"));
    m.put("separator: none", (k, s) -> regroup(k, s, ""));
    m.put("separator: double space", (k, s) -> regroup(k, s, "  "));
    m.put("separator: NBSP", (k, s) -> regroup(k, s, "\u00A0"));
    m.put("separator: thin space", (k, s) -> regroup(k, s, "\u2009"));
    m.put("separator: mixed", (k, s) -> mixed(k, s));
    m.put("full-width digits", (k, s) -> mapDigits(s, 0xFF10));
    m.put("Arabic-Indic digits", (k, s) -> mapDigits(s, 0x0660));
    m.put("Devanagari digits", (k, s) -> mapDigits(s, 0x0966));
    m.put("Cyrillic homoglyphs", (k, s) -> homoglyphs(s));
    m.put(
        "zero-width inside",
        (k, s) -> interleave(s, new String[] {"\u200B", "\u200C", "\u2060", "\u00AD"}));
    m.put(
        "bidi controls inside",
        (k, s) -> interleave(s, new String[] {"\u200E", "\u202E", "\u2066", "\u202C"}));
    m.put("leetspeak e-mail", (k, s) -> changed(s, leet(s)));
    m.put("split across lines", (k, s) -> splitLine(s));
    m.put("emoji between digits", (k, s) -> digitsOnly(s) ? regroup(k, s, "\uD83D\uDCDE") : null);
    m.put(
        "keycap digits",
        (k, s) -> digits(s) == 0 ? null : s.replaceAll("([0-9])", "$1\uFE0F\u20E3"));
    return m;
  }

  static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * At least five digits, with no letter between the first digit and the last: one number, maybe in
   * groups.
   */
  static boolean oneDigitSequence(String s) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (digits(s) < 5) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "943 476" becomes "nine four three four seven six": each digit a word, words one space apart.
   */
  static String spellDigits(String s) {
    StringBuilder b = new StringBuilder();
    boolean lastWasDigit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        if (b.length() > 0 && Character.isLetterOrDigit(b.charAt(b.length() - 1))) {
          b.append(' ');
        }
        b.append(DIGIT_WORDS[c - '0']);
        lastWasDigit = true;
      } else if (lastWasDigit && (c == ' ' || c == '-' || c == '.' || c == '/')) {
        continue;
      } else {
        if (lastWasDigit && c != ')') {
          b.append(' ');
        }
        b.append(c);
        lastWasDigit = false;
      }
    }
    return b.toString().replace("  ", " ");
  }

  /**
   * The groups of a code, number or numeric date (letters and digits split at any run of other
   * characters; a leading '+' stays on its group, brackets go), or null when {@code s} is not one:
   * fewer than five digits, other characters in it, or letters in a date. A single all-digit group
   * of six or more is split the way such numbers are usually written (a date 2-2-rest, 9 digits
   * 3-2-4, 10 digits 3-3-4, 11 digits 5-6, 16 digits 4-4-4-4, else 3-3-rest).
   */
  static List<String> groups(Kind kind, String s) {
    if (!GROUPED.contains(kind) || digits(s) < 5) {
      return null;
    }
    List<String> groups = new ArrayList<>();
    StringBuilder g = new StringBuilder();
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDigit(c) || Character.isLetter(c) || (c == '+' && g.length() == 0)) {
        letters |= Character.isLetter(c);
        g.append(c);
      } else if (" -./()".indexOf(c) < 0) {
        return null;
      } else if (g.length() > 0) {
        groups.add(g.toString());
        g.setLength(0);
      }
    }
    if (g.length() > 0) {
      groups.add(g.toString());
    }
    if (letters && kind == Kind.DATE) {
      return null;
    }
    if (groups.size() == 1) {
      String d = groups.get(0);
      if (letters || d.length() < 6) {
        return null;
      }
      int p = d.startsWith("+") ? 1 : 0;
      int[] sizes =
          kind == Kind.DATE
              ? new int[] {2, 2}
              : switch (d.length() - p) {
                case 9 -> new int[] {3, 2};
                case 10 -> new int[] {3, 3};
                case 11 -> new int[] {5};
                case 16 -> new int[] {4, 4, 4};
                default -> new int[] {3, 3};
              };
      groups = new ArrayList<>();
      int at = 0;
      for (int size : sizes) {
        int end = at + size + (at == 0 ? p : 0);
        groups.add(d.substring(at, end));
        at = end;
      }
      groups.add(d.substring(at));
    }
    return groups;
  }

  /** The groups of {@code s} joined with {@code sep}, or null when {@code s} has no groups. */
  static String regroup(Kind kind, String s, String sep) {
    List<String> groups = groups(kind, s);
    return groups == null ? null : changed(s, String.join(sep, groups));
  }

  /** Groups joined by a different separator each time (space, dot, dash, slash): "943 476.5919". */
  static String mixed(Kind kind, String s) {
    List<String> groups = groups(kind, s);
    if (groups == null || groups.size() < 3) {
      return null;
    }
    String[] seps = {" ", ".", "-", "/"};
    StringBuilder b = new StringBuilder(groups.get(0));
    for (int i = 1; i < groups.size(); i++) {
      b.append(seps[(i - 1) % seps.length]).append(groups.get(i));
    }
    return changed(s, b.toString());
  }

  static boolean digitsOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String mapDigits(String s, int zero) {
    if (digits(s) == 0) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.appendCodePoint(isDigit(c) ? zero + (c - '0') : c);
    }
    return b.toString();
  }

  /**
   * Latin letters that have a Cyrillic twin swapped for it, every other one (a mix is what evaders
   * use).
   */
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

  /**
   * Local part of an e-mail address in leetspeak: a 4, e 3, i 1, o 0, s 5 (jane.doe@ becomes
   * j4n3.d03@).
   */
  static String leet(String s) {
    int at = s.indexOf('@');
    if (at <= 0) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = i < at ? "aeios".indexOf(Character.toLowerCase(c)) : -1;
      b.append(k >= 0 ? "43105".charAt(k) : c);
    }
    return b.toString();
  }

  /**
   * The space nearest the middle of {@code s} (between two words or digit groups) becomes a line
   * break.
   */
  static String splitLine(String s) {
    int best = -1;
    for (int i = 1; i + 1 < s.length(); i++) {
      if (s.charAt(i) == ' '
          && (best < 0 || Math.abs(2 * i - s.length()) < Math.abs(2 * best - s.length()))) {
        best = i;
      }
    }
    return best < 0 ? null : s.substring(0, best) + "\n" + s.substring(best + 1);
  }

  private static String changed(String before, String after) {
    return after == null || after.equals(before) ? null : after;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
