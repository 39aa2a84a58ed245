package org.healthsocialtools.web.page;

import java.util.Locale;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Verdict;

/**
 * The page's words for the checker's values: severities, verdicts, kinds and platforms in plain
 * English.
 */
final class Words {

  private Words() {}

  /** The short label shown next to a highlight and on a card. */
  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "Error";
      case WARNING -> "Warning";
      case INFO -> "Advice";
    };
  }

  static String severityMeaning(Severity s) {
    return switch (s) {
      case ERROR -> "blocks posting";
      case WARNING -> "needs a look";
      case INFO -> "for information";
    };
  }

  static String verdict(Verdict v) {
    return switch (v) {
      case BLOCK -> "Do not post";
      case REVIEW -> "Needs a look";
      case PASS -> "Ready to post";
    };
  }

  static String verdictDetail(Verdict v, boolean anyFindings) {
    return switch (v) {
      case BLOCK -> "Fix every error below before this goes out.";
      case REVIEW -> "Nothing blocks it, but someone should read the warnings below first.";
      case PASS ->
          anyFindings ? "Nothing blocks it; there is some advice below." : "No problems found.";
    };
  }

  /** {@code Privacy: identifier}. */
  static String kind(Kind k) {
    String c = k.category().id();
    return Character.toUpperCase(c.charAt(0))
        + c.substring(1)
        + ": "
        + k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String platform(Platform p) {
    return switch (p) {
      case X -> "X";
      case FACEBOOK -> "Facebook";
      case INSTAGRAM -> "Instagram";
      case LINKEDIN -> "LinkedIn";
      case THREADS -> "Threads";
      case BLUESKY -> "Bluesky";
      case MASTODON -> "Mastodon";
    };
  }

  /** How the platform counts, for the counters table. */
  static String countedAs(Platform p) {
    return switch (p) {
      case X -> "weighted; a link is 23";
      case BLUESKY -> "graphemes";
      case MASTODON -> "characters; a link is 23";
      case THREADS -> "characters; emoji by size";
      case FACEBOOK, INSTAGRAM, LINKEDIN -> "characters";
    };
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
