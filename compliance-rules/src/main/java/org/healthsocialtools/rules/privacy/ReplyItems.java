package org.healthsocialtools.rules.privacy;

import static org.healthsocialtools.rules.privacy.ReplyWords.BODY;
import static org.healthsocialtools.rules.privacy.ReplyWords.CARE;
import static org.healthsocialtools.rules.privacy.ReplyWords.CARE_VERB;
import static org.healthsocialtools.rules.privacy.ReplyWords.FIRST_PERSON;
import static org.healthsocialtools.rules.privacy.ReplyWords.OURS;
import static org.healthsocialtools.rules.privacy.ReplyWords.RECORD;
import static org.healthsocialtools.rules.privacy.ReplyWords.RELATIVE;
import static org.healthsocialtools.rules.privacy.ReplyWords.SERVICE;
import static org.healthsocialtools.rules.privacy.ReplyWords.WEAK;
import static org.healthsocialtools.rules.privacy.ReplyWords.elided;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.Lexicon;

/**
 * The care items of a reply for {@link ReplyDetails}: a condition or procedure, a care event, a
 * body part, records, a relative or a care verb, found at one token; and the items a reviewer wrote
 * about themselves in the comment the reply answers.
 */
final class ReplyItems {

  private ReplyItems() {}

  /**
   * What a care item is; SERVICE is a care word naming a service ("flu clinics"), never a detail.
   */
  enum Sort {
    HEALTH,
    CARE,
    WEAK,
    BODY,
    RELATIVE,
    RECORD,
    CARE_VERB,
    SERVICE
  }

  /** One care item of a sentence, tokens [first, end). */
  record Item(int first, int end, Sort sort, String key, boolean ours) {
    Item(int first, int end, Sort sort, String key) {
      this(first, end, sort, key, false);
    }
  }

  /**
   * The longest care item starting at token {@code i}, or {@code null}; "flu clinics" names a
   * service, not care.
   */
  static Item item(AnalyzedPost post, int i, Map<Integer, Lexicon.Match> health) {
    Item best = candidate(post, i, health);
    if (best != null
        && best.end() < post.tokens().size()
        && SERVICE.contains(post.tokens().get(best.end()).key())
        && best.sort() != Sort.RELATIVE) {
      return new Item(best.first(), best.end() + 1, Sort.SERVICE, best.key());
    }
    return best;
  }

  static Item candidate(AnalyzedPost post, int i, Map<Integer, Lexicon.Match> health) {
    Item best = null;
    Lexicon.Match h = health.get(i);
    if (h != null) {
      best = new Item(i, h.end(), Sort.HEALTH, h.entry());
    }
    best = longer(best, post, i, CARE, Sort.CARE);
    best = longer(best, post, i, CARE_VERB, Sort.CARE_VERB);
    best = longer(best, post, i, RECORD, Sort.RECORD);
    best = longer(best, post, i, BODY, Sort.BODY);
    best = longer(best, post, i, RELATIVE, Sort.RELATIVE);
    best = longer(best, post, i, WEAK, Sort.WEAK);
    if (best == null) {
      String k = elided(post.tokens().get(i).key());
      if (k != null && (CARE.containsKey(k) || BODY.containsKey(k) || WEAK.containsKey(k))) {
        Sort sort = CARE.containsKey(k) ? Sort.CARE : BODY.containsKey(k) ? Sort.BODY : Sort.WEAK;
        best = new Item(i, i + 1, sort, k); // "l'intervento", "dell'operazione"
      }
    }
    return best;
  }

  static Item longer(Item best, AnalyzedPost post, int i, Lexicon lexicon, Sort sort) {
    Lexicon.Match m = lexicon.longestAt(post, i);
    if (m == null || best != null && m.end() <= best.end()) {
      return best;
    }
    // "our records", "the notes", "nuestros registros": the organisation looking up the person's
    // file
    boolean ours = sort == Sort.RECORD && i > 0 && OURS.containsKey(post.tokens().get(i - 1).key());
    return new Item(ours ? i - 1 : i, m.end(), sort, m.entry(), ours);
  }

  static boolean isItemWord(String k) {
    return RELATIVE.containsKey(k) || BODY.containsKey(k) || CARE.containsKey(k);
  }

  /**
   * Care items the reviewer wrote about themselves or their family ("my knee", "my husband's stay",
   * "fy llawdriniaeth"): keys a reply should not repeat. Read from the comment's analysis, never
   * reported.
   */
  static Set<String> commentTerms(AnalyzedPost comment) {
    if (comment == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    List<Token> tokens = comment.tokens();
    boolean[] mine = new boolean[comment.sentences().size()];
    for (Token t : tokens) {
      if (FIRST_PERSON.contains(t.key())) {
        mine[t.sentence()] = true;
      }
    }
    Map<Integer, Lexicon.Match> health = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Lexicon.Match m = PrivacyLexicons.HEALTH.longestAt(comment, i);
      if (m != null) {
        health.put(i, m);
        i = m.end() - 1;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!mine[tokens.get(i).sentence()]) {
        continue;
      }
      Item it = item(comment, i, health);
      if (it != null && it.sort() != Sort.WEAK && it.sort() != Sort.RELATIVE) {
        out.add(it.key().toLowerCase(Locale.ROOT));
        i = it.end() - 1;
      }
    }
    return out;
  }
}
