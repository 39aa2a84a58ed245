package org.healthsocialtools.rules.privacy;

import static org.healthsocialtools.rules.privacy.ReplyWords.ADMIN;
import static org.healthsocialtools.rules.privacy.ReplyWords.ARTICLES;
import static org.healthsocialtools.rules.privacy.ReplyWords.BODY;
import static org.healthsocialtools.rules.privacy.ReplyWords.BOOKING;
import static org.healthsocialtools.rules.privacy.ReplyWords.CARE_GIVEN;
import static org.healthsocialtools.rules.privacy.ReplyWords.CARE_VERB;
import static org.healthsocialtools.rules.privacy.ReplyWords.RECORD;
import static org.healthsocialtools.rules.privacy.ReplyWords.RELATIVE;
import static org.healthsocialtools.rules.privacy.ReplyWords.SERVICE;
import static org.healthsocialtools.rules.privacy.ReplyWords.WEAK;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rules.privacy.ReplyItems.Item;
import org.healthsocialtools.rules.privacy.ReplyItems.Sort;

/**
 * Whether a care item discloses, for {@link ReplyDetails}: what else its sentence holds (a past
 * event, a date, a place, sympathy) and whether the item is tied to the person answered.
 */
final class ReplyCues {

  private ReplyCues() {}

  /**
   * What a sentence holds besides its care items.
   *
   * @param feeling sympathy or good wishes ("sorry", "we hope", "glad"), including {@code recovery}
   * @param recovery getting better ("healing", "on the mend", "se recupere"): said of one person,
   *     it confirms care
   * @param place a place of care or a member of staff ("on Ward 6", "with us", "the dentist")
   * @param aux "were", "was", "been": "you were seen", not "you've seen our new website"
   */
  record Cues(
      boolean reply,
      boolean past,
      boolean when,
      boolean feeling,
      boolean recovery,
      boolean place,
      boolean second,
      boolean aux,
      int items,
      EnumSet<Sort> sorts) {

    boolean episode() {
      return past || when || feeling || place;
    }

    boolean has(Sort sort) {
      return sorts.contains(sort);
    }

    /** A care item other than a relative or a vague "stay" or "visit". */
    boolean care() {
      for (Sort sort : sorts) {
        if (sort != Sort.RELATIVE && sort != Sort.WEAK && sort != Sort.SERVICE) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether care item {@code it} discloses. In a reply, an item tied to the person answered is
   * enough (a relative or a vague "stay" needs something more); in any other post the sentence must
   * also be about one episode (good wishes, a past event with its date or place), since public
   * health posts talk to "you" all the time.
   */
  static boolean discloses(AnalyzedPost post, Item it, boolean anchored, Cues c) {
    if (ADMIN.containsKey(it.key())
        && (!c.episode() || followedByOf(post, it) || !c.reply() && calledFor(post, it))) {
      // "log in to your account to change your appointment", "the appointment of three new
      // chairs", "schedule your visit today": business, not care
      return false;
    }
    switch (it.sort()) {
      case SERVICE:
        return false;
      case RELATIVE:
        return anchored
            && (c.reply()
                ? c.episode() || c.items() > 1
                : c.recovery() || (c.feeling() || c.past() && c.when()) && (c.care() || c.place()));
      case WEAK:
        if (CARE_GIVEN.contains(it.key())) {
          // "your care" is as often the care a nurse gives ("Thank you, Joy! Your care and
          // kindness...")
          return anchored && (c.has(Sort.HEALTH) || c.has(Sort.RELATIVE));
        }
        return anchored
            && (c.place()
                || c.when()
                || c.has(Sort.HEALTH)
                || c.has(Sort.RELATIVE)
                || c.has(Sort.CARE_VERB));
      case CARE_VERB:
        // "you were seen", "you missed three appointments"; not "thank you to all who attended"
        return anchored && (c.reply() || c.aux() || c.items() > 1);
      case RECORD:
        return (anchored || it.ours()) && (c.reply() || (c.past() || c.when()) && c.second());
      case BODY:
        // "come back", "keep an eye on" are not body parts; "your knee is healing" is
        return anchored
            && (c.reply() || c.recovery() || c.feeling() && (c.past() || c.items() > 1));
      default:
        if (anchored) {
          return c.reply() || c.feeling() || c.past() && (c.when() || c.place());
        }
        // "Siamo felici che il parto sia andato bene": Italian and Spanish say "the" where English
        // says "your"
        return c.reply()
            ? c.feeling() || c.second() && c.episode()
            : c.feeling() && c.past() && definite(post, it);
    }
  }

  /**
   * "of" after an admin item; English only, since Spanish and Italian "de", "di" also give a date
   * ("su cita de mañana").
   */
  private static final Set<String> OF = Set.of("of");

  /** "appointment of", "visit of": a post, an event or a guest, not a patient's booking. */
  private static boolean followedByOf(AnalyzedPost post, Item it) {
    List<Token> tokens = post.tokens();
    return it.end() < tokens.size() && OF.contains(tokens.get(it.end()).key());
  }

  /**
   * A booking verb up to three words before the item ("book your appointment", "schedule your
   * visit"): a call to the public.
   */
  private static boolean calledFor(AnalyzedPost post, Item it) {
    List<Token> tokens = post.tokens();
    for (int j = it.first() - 1; j >= Math.max(0, it.first() - 3); j--) {
      if (BOOKING.containsKey(tokens.get(j).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the surgery", "il parto", "la operación" with no service word after it: one person's episode
   * of care.
   */
  static boolean definite(AnalyzedPost post, Item it) {
    List<Token> tokens = post.tokens();
    if (it.first() == 0
        || it.sort() == Sort.RELATIVE
        || it.sort() == Sort.WEAK
        || it.sort() == Sort.BODY) {
      return false;
    }
    String before = tokens.get(it.first() - 1).key();
    boolean article = ARTICLES.contains(before) || tokens.get(it.first()).key().startsWith("l'");
    if (!article) {
      return false;
    }
    int next = it.end();
    // "the vaccination clinic", "the therapy dogs": the care word names a service or thing, not an
    // episode
    return !(next < tokens.size()
        && (SERVICE.contains(tokens.get(next).key())
            || post.language().equals("en")
                && tokens.get(next).isWord()
                && post.pos(next).equals("NOUN")));
  }
}
