package org.healthsocialtools.web.check;

/**
 * A request the demo cannot check: empty text, an unknown platform, locale or profile, too many
 * posts. The message names the field and is safe to show and log: it never holds draft text.
 */
public final class InvalidInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidInput(String message) {
    super(message, null, false, false);
  }
}
