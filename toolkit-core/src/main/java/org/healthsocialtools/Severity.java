package org.healthsocialtools;

import java.util.Locale;

/** How much a finding matters: {@code ERROR} blocks publication, {@code WARNING} needs a human look, {@code INFO} is advice. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in JSON and rule packs ({@code error}, {@code warning}, {@code info}). */
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
    throw new IllegalArgumentException("unknown severity '" + id + "' (expected error, warning or info)");
  }

  /** True when this severity is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
