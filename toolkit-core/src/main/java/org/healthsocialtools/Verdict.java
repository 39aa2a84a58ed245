package org.healthsocialtools;

import java.util.Locale;

/** The decision for a whole post, derived from its findings by a {@link Policy}. */
public enum Verdict {
  /** Do not post: at least one error. */
  BLOCK,
  /** Needs a look: at least one warning and no error. */
  REVIEW,
  /** Ready to post. */
  PASS;

  /** The lower-case name used in JSON ({@code block}, {@code review}, {@code pass}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
