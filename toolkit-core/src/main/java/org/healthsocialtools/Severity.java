package org.healthsocialtools;

import java.util.Locale;

/**
 * How much a finding matters: {@code ERROR} blocks publication, {@code WARNING} needs a human look,
 * {@code INFO} is advice.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /**
   * The lower-case name used in JSON and rule packs ({@code error}, {@code warning}, {@code info}).
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error|warning|info} (also {@code warn}), ignoring case. */
  public static Severity fromId(String id) {
    String s = id.trim().toLowerCase(Locale.ROOT);
    if (s.equals("warn")) {
      return WARNING;
    }
    for (Severity v : values()) {
      if (v.id().equals(s)) {
        return v;
      }
    }
    // Only a short single word is quoted back (a typo such as 'warn'); callers name the file and
    // field, and a
    // longer value in the wrong place can be draft text.
    String shown = id.strip().matches("[A-Za-z][A-Za-z0-9_-]{0,15}") ? " '" + id.strip() + "'" : "";
    throw new IllegalArgumentException(
        "unknown severity" + shown + " (expected error, warning or info)");
  }

  /** True when this severity is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
