package org.healthsocialtools.rules.privacy;

import java.util.regex.Pattern;

/**
 * UK postcode and US ZIP code shapes, with the Royal Mail position rules built into the pattern.
 */
final class Postcodes {

  private Postcodes() {}

  /**
   * A full UK postcode: outward code A9, A99, A9A, AA9, AA99 or AA9A (position 1 never Q V X,
   * position 2 never I J Z, the A9A letter from ABCDEFGHJKPSTUW, the AA9A letter from
   * ABEHMNPRVWXY), a space or none, and an inward code of a digit and two letters never C I K M O
   * V; or GIR 0AA. A line break may stand for the space.
   */
  static final Pattern UK_IN_TEXT =
      Pattern.compile(
          "\\b(?:[A-PR-UWYZ](?:[0-9]{1,2}|[0-9][ABCDEFGHJKPSTUW]|[A-HK-Y][0-9]{1,2}|[A-HK-Y][0-9][ABEHMNPRVWXY])"
              + "[ \\n]?[0-9][ABD-HJLNP-UW-Z]{2}|GIR[ \\n]?0AA)\\b");

  /** A five-digit ZIP code, optionally ZIP+4. */
  static final Pattern ZIP = Pattern.compile("\\b([0-9]{5}(?:-[0-9]{4})?)\\b");
}
