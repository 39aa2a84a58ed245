package org.healthsocialtools;

import java.util.Locale;

/** The five top-level groups of the taxonomy in {@code report-format.md}. */
public enum Category {
  PRIVACY,
  TONE,
  CLARITY,
  ACCESSIBILITY,
  PLATFORM;

  /** The lower-case name used in JSON and rule packs. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
