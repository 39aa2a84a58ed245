package org.healthsocialtools;

import java.util.Locale;

/** The fixed list of finding kinds; each belongs to exactly one {@link Category}. */
public enum Kind {
  PERSON(Category.PRIVACY),
  IDENTIFIER(Category.PRIVACY),
  CONTACT(Category.PRIVACY),
  LOCATION(Category.PRIVACY),
  DATE(Category.PRIVACY),
  AGE(Category.PRIVACY),
  HEALTH(Category.PRIVACY),
  MEDIA(Category.PRIVACY),
  STIGMA(Category.TONE),
  CLAIM(Category.TONE),
  PROMOTION(Category.TONE),
  UNPROFESSIONAL(Category.TONE),
  INSENSITIVE(Category.TONE),
  INCLUSIVE(Category.TONE),
  SAFE_MESSAGING(Category.TONE),
  JARGON(Category.CLARITY),
  READABILITY(Category.CLARITY),
  HASHTAG_CASE(Category.ACCESSIBILITY),
  EMOJI(Category.ACCESSIBILITY),
  CAPS(Category.ACCESSIBILITY),
  ALT_TEXT(Category.ACCESSIBILITY),
  LENGTH(Category.PLATFORM),
  HASHTAGS(Category.PLATFORM),
  LINKS(Category.PLATFORM);

  private final Category category;

  Kind(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }

  /** Parses a kind name such as {@code IDENTIFIER} or {@code safe_messaging}. */
  public static Kind fromId(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown kind '" + id + "'", e);
    }
  }
}
