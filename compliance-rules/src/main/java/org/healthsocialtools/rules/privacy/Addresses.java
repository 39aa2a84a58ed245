package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;

/**
 * Street addresses and whether one is somebody's home or a public venue. A home has a residential
 * word before it ("lives at", "her flat on", "from" right after a person); a venue has a venue word
 * near it ("Health Centre, 22 Market Street") or a venue name after it ("Ashby Road Education
 * Centre"), or the post gives opening times.
 */
final class Addresses {

  private Addresses() {}

  /**
   * Group 1: house number; group 2: street name with its suffix; group 3: ", Town" when present.
   * Words may be split across lines.
   */
  static final Pattern STREET =
      Pattern.compile(
          ("\\b(?:([0-9]{1,5}[A-Za-z]?),? )?((?:[A-Z][a-z']+ ){0,2}[A-Z][a-z']+ (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave"
                  + "|Close|Drive|Way|Bank|Crescent|Grove|Place|Terrace|Court|Gardens|Row|Walk|Mews|Rise|Square|Boulevard"
                  + "|Blvd|Parade|Villas|Cottages|Hill|View)\\b\\.?)(, [A-Z][a-z]+\\b(?:, [A-Z][a-z]+\\b)?)?")
              .replace(" ", "[ \\n]")); // an address split over lines is still an address

  private static final Set<String> RESIDENTIAL =
      Set.of(
          "lives",
          "live",
          "living",
          "lived",
          "home",
          "flat",
          "house",
          "address",
          "moved",
          "bungalow",
          "vive",
          "abita",
          "byw",
          "resident",
          "neighbour",
          "neighbor");

  /** "Our new address is...", "we've moved": the organisation's own address. */
  private static final Set<String> OURS =
      Set.of("our", "we", "we've", "we're", "us", "nuestra", "nostra", "ein");

  private static final Set<String> VENUE =
      Set.of(
          "centre",
          "center",
          "clinic",
          "hospital",
          "surgery",
          "pharmacy",
          "hall",
          "church",
          "library",
          "market",
          "shop",
          "store",
          "office",
          "offices",
          "practice",
          "health",
          "community",
          "suite",
          "fair",
          "hub",
          "school",
          "college",
          "university",
          "hospice",
          "unit",
          "building",
          "venue",
          "site",
          "campus",
          "station",
          "park",
          "open",
          "opens",
          "opening",
          "visit",
          "join",
          "event",
          "session",
          "clinica",
          "centro",
          "casa",
          "canolfan",
          "ysbyty");

  private static final Set<String> SUFFIXES =
      Set.of(
          "road",
          "rd",
          "street",
          "st",
          "lane",
          "ln",
          "avenue",
          "ave",
          "close",
          "drive",
          "way",
          "bank",
          "crescent",
          "grove",
          "place",
          "terrace",
          "court",
          "gardens",
          "row",
          "walk",
          "mews",
          "rise",
          "square",
          "boulevard",
          "blvd",
          "parade",
          "villas",
          "cottages",
          "hill",
          "view");

  /** Cheap gate: a capitalised street suffix among the tokens. */
  static boolean mayHoldStreet(AnalyzedPost post) {
    for (Token t : post.tokens()) {
      if (t.isWord() && SUFFIXES.contains(t.key()) && Character.isUpperCase(t.text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The residential word before {@code start}, "from" after a person, or null. */
  static String residentialCue(AnalyzedPost post, PostFacts facts, int start) {
    String k = Near.keyBefore(post, start, 6, RESIDENTIAL);
    if (k != null && Near.keyBefore(post, start, 8, OURS) == null) {
      return k;
    }
    int last = Near.lastBefore(post, start);
    List<Token> tokens = post.tokens();
    if (last >= 0 && Set.of("from", "in", "of").contains(tokens.get(last).key())) {
      for (Mention m : facts.patients()) {
        if (m.end() >= last - 1 && m.end() <= last) {
          return tokens.get(last).text() + " after a person's name";
        }
      }
      if (last >= 1
          && (tokens.get(last - 1).key().equals("old")
              || tokens.get(last - 1).key().equals("zip")
              || PostFacts.PERSON_NOUNS.contains(tokens.get(last - 1).key()))) {
        return tokens.get(last).text() + " after a person";
      }
    }
    return null;
  }

  /**
   * A venue word in the 8 tokens before {@code start} or a capitalised venue name right after
   * {@code end}.
   */
  static String venueCue(AnalyzedPost post, int start, int end) {
    String k = Near.keyBefore(post, start, 8, VENUE);
    if (k != null) {
      return k;
    }
    List<Token> tokens = post.tokens();
    int i = Near.firstAfter(post, end);
    for (int n = 0; n < 3 && i < tokens.size(); n++, i++) {
      Token t = tokens.get(i);
      if (t.isWord()
          && t.isCapitalised()
          && (VENUE.contains(t.key()) || PersonFinder.ORG_WORDS.contains(t.key()))) {
        return t.text();
      }
      if (!(t.isWord() && t.isCapitalised())) {
        break;
      }
    }
    return opensOrTimes(post) ? "opening times in the post" : null;
  }

  /** Posts that give clock times ("9am–1pm") are events or services, not stories about a home. */
  static boolean opensOrTimes(AnalyzedPost post) {
    for (Token t : post.tokens()) {
      String k = t.key();
      if (t.type() == TokenType.WORD
          && (k.endsWith("am") || k.endsWith("pm"))
          && k.length() <= 7
          && Character.isDigit(k.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
