package org.healthsocialtools.rules.privacy;

import static org.healthsocialtools.rules.privacy.ReplyCues.discloses;
import static org.healthsocialtools.rules.privacy.ReplyItems.commentTerms;
import static org.healthsocialtools.rules.privacy.ReplyItems.isItemWord;
import static org.healthsocialtools.rules.privacy.ReplyItems.item;
import static org.healthsocialtools.rules.privacy.ReplyWords.ADMIN;
import static org.healthsocialtools.rules.privacy.ReplyWords.ARTICLES;
import static org.healthsocialtools.rules.privacy.ReplyWords.CARE_VERB;
import static org.healthsocialtools.rules.privacy.ReplyWords.DISCUSS;
import static org.healthsocialtools.rules.privacy.ReplyWords.FEELING;
import static org.healthsocialtools.rules.privacy.ReplyWords.FILLER;
import static org.healthsocialtools.rules.privacy.ReplyWords.GENERIC;
import static org.healthsocialtools.rules.privacy.ReplyWords.GREETINGS;
import static org.healthsocialtools.rules.privacy.ReplyWords.MODAL_AFTER;
import static org.healthsocialtools.rules.privacy.ReplyWords.NEGATION;
import static org.healthsocialtools.rules.privacy.ReplyWords.OF;
import static org.healthsocialtools.rules.privacy.ReplyWords.PAST;
import static org.healthsocialtools.rules.privacy.ReplyWords.PAST_AUX;
import static org.healthsocialtools.rules.privacy.ReplyWords.PLACE;
import static org.healthsocialtools.rules.privacy.ReplyWords.POSSESSIVE;
import static org.healthsocialtools.rules.privacy.ReplyWords.RECORD;
import static org.healthsocialtools.rules.privacy.ReplyWords.RECOVERY;
import static org.healthsocialtools.rules.privacy.ReplyWords.RELATIVE;
import static org.healthsocialtools.rules.privacy.ReplyWords.SECOND;
import static org.healthsocialtools.rules.privacy.ReplyWords.STAFF;
import static org.healthsocialtools.rules.privacy.ReplyWords.SUBJECT;
import static org.healthsocialtools.rules.privacy.ReplyWords.THANKS;
import static org.healthsocialtools.rules.privacy.ReplyWords.THIRD;
import static org.healthsocialtools.rules.privacy.ReplyWords.WE;
import static org.healthsocialtools.rules.privacy.ReplyWords.WHEN;
import static org.healthsocialtools.rules.privacy.ReplyWords.participle;
import static org.healthsocialtools.rules.privacy.ReplyWords.pastForm;
import static org.healthsocialtools.rules.privacy.ReplyWords.pastVerb;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Sentence;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rules.privacy.ReplyCues.Cues;
import org.healthsocialtools.rules.privacy.ReplyItems.Item;
import org.healthsocialtools.rules.privacy.ReplyItems.Sort;

/**
 * The detection behind {@link ReplyDisclosureRule}: the care details a post confirms about the
 * person it answers, sentence by sentence (a line break without . ! ? does not end one). Reads the
 * analysis and {@link PostFacts} (clinical terms, reply shape) and, when the post carries it, the
 * analysed comment it answers; never the comment's text into a result. Word lists: {@code
 * /hst/lexicons/reply-cues.txt}. Linear in the post: each token is looked up once per list, each
 * item checks a few neighbours.
 */
final class ReplyDetails {

  private ReplyDetails() {}

  /**
   * A care detail a reply confirms: tokens [first, end) of the post, and what kind of detail it is.
   */
  record Detail(int first, int end, String why) {}

  /**
   * The care details {@code post} confirms, in text order; computed once per post through {@link
   * PostFacts}.
   */
  static List<Detail> details(AnalyzedPost post, PostFacts facts) {
    boolean reply = replyLike(post, facts);
    Set<String> echoes = commentTerms(post.inReplyTo());
    Map<Integer, Lexicon.Match> health = new HashMap<>();
    for (Lexicon.Match m : facts.health) {
      health.put(m.first(), m);
    }
    List<Detail> out = new ArrayList<>();
    for (Sentence s : clauses(post)) {
      for (Item it : sentence(post, s, reply, echoes, health)) {
        out.add(new Detail(it.first(), it.end(), why(it.sort())));
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /**
   * The post's sentences, with a sentence that ends without . ! ? joined to the next: a line break
   * in the middle of "your\nknee" splits the analysis's sentences but not the reply's meaning.
   */
  private static List<Sentence> clauses(AnalyzedPost post) {
    List<Sentence> sentences = post.sentences();
    List<Sentence> out = new ArrayList<>(sentences.size());
    List<Token> tokens = post.tokens();
    Sentence open = null;
    for (Sentence s : sentences) {
      if (s.tokenEnd() <= s.firstToken()) {
        continue;
      }
      open =
          open == null ? s : new Sentence(open.start(), s.end(), open.firstToken(), s.tokenEnd());
      String last = tokens.get(s.tokenEnd() - 1).text();
      if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\u2026")) {
        out.add(open);
        open = null;
      }
    }
    if (open != null) {
      out.add(open);
    }
    return out;
  }

  private static String why(Sort sort) {
    return switch (sort) {
      case RELATIVE -> "it talks about the person's relative in a care setting (+)";
      case RECORD -> "it refers to the person's records (+)";
      case CARE_VERB -> "it says what care the person had or missed (+)";
      default -> "it names a detail of the person's own care (+)";
    };
  }

  /**
   * The items of sentence {@code s} that disclose care, merged where they touch; empty if it
   * discloses nothing.
   */
  private static List<Item> sentence(
      AnalyzedPost post,
      Sentence s,
      boolean reply,
      Set<String> echoes,
      Map<Integer, Lexicon.Match> health) {
    List<Token> tokens = post.tokens();
    boolean past = false;
    boolean when = false;
    boolean feeling = false;
    boolean recovery = false;
    boolean aux = false;
    boolean place = false;
    boolean second = false;
    boolean discuss = false;
    boolean negated = false;
    boolean question = false;
    boolean staff = false;
    List<Item> items = new ArrayList<>(4);
    // First pass: the care items, and the other word and number tokens between them. Most
    // sentences hold no item, and then the cue lexicons below are never consulted.
    int[] others = new int[s.tokenEnd() - s.firstToken()];
    int nOthers = 0;
    List<Integer> othersBefore = new ArrayList<>(4);
    for (int i = s.firstToken(); i < s.tokenEnd(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.PUNCT) {
        question |= t.text().equals("?");
        continue;
      }
      if (!t.isWord() && t.type() != TokenType.NUMBER) {
        continue;
      }
      Item item = item(post, i, health);
      if (item != null) {
        items.add(item);
        othersBefore.add(nOthers);
        if (item.sort() == Sort.CARE_VERB && pastVerb(tokens.get(item.first()).key())) {
          past = true; // "you missed", "treated you"; not "looking after your health"
        }
        i = item.end() - 1;
        continue;
      }
      others[nOthers++] = i;
    }
    if (items.isEmpty()) {
      return List.of();
    }
    // Second pass: the cues, from the tokens that are not items; genericAfter[j] is the last
    // generic token among the first j of them.
    int lastGeneric = -1;
    int[] genericAfter = new int[nOthers + 1];
    genericAfter[0] = -1;
    for (int j = 0; j < nOthers; j++) {
      int i = others[j];
      String k = tokens.get(i).key();
      if (GENERIC.longestAt(post, i) != null
          && !(i > s.firstToken() && WE.contains(tokens.get(i - 1).key()))) {
        lastGeneric = i; // "you can book", "if you miss"; not "glad we could fit your daughter in"
      }
      genericAfter[j + 1] = lastGeneric;
      second |= SECOND.containsKey(k);
      past |= PAST.longestAt(post, i) != null || pastForm(k) || participle(post.language(), k);
      when |= WHEN.longestAt(post, i) != null;
      feeling |= FEELING.longestAt(post, i) != null;
      recovery |= RECOVERY.longestAt(post, i) != null;
      aux |= PAST_AUX.contains(k);
      place |= PLACE.longestAt(post, i) != null;
      staff |= STAFF.containsKey(k);
      discuss |= DISCUSS.containsKey(k);
      negated |= NEGATION.contains(k) || k.endsWith("n't");
    }
    List<Integer> genericBefore = new ArrayList<>(items.size());
    for (int n : othersBefore) {
      genericBefore.add(genericAfter[n]);
    }
    boolean refusal = discuss && negated;
    boolean clinical = false;
    for (Item it : items) {
      clinical |= it.sort() == Sort.HEALTH || it.sort() == Sort.BODY;
    }
    if (refusal && !clinical || question && !reply) {
      return List.of();
    }
    EnumSet<Sort> sorts = EnumSet.noneOf(Sort.class);
    for (Item it : items) {
      sorts.add(it.sort());
    }
    Cues cues =
        new Cues(
            reply,
            past,
            when,
            feeling || recovery,
            recovery,
            place || staff,
            second,
            aux,
            items.size(),
            sorts);
    boolean[] discloses = new boolean[items.size()];
    boolean any = false;
    boolean relative = false;
    for (int n = 0; n < items.size(); n++) {
      Item it = items.get(n);
      int generic = genericBefore.get(n);
      if (generic >= 0 && it.first() - generic <= 8 || modalAfter(post, s, it)) {
        continue; // "if you miss an appointment", "you can request your records", "your slot may
        // change"
      }
      boolean anchored = anchored(post, s, it);
      boolean echo = echoes.contains(it.key());
      if (echo && reply || discloses(post, it, anchored, cues)) {
        discloses[n] = true;
        any = true;
        relative |= it.sort() == Sort.RELATIVE;
      }
    }
    if (!any) {
      return List.of();
    }
    // The rest of the sentence's care items are details of the same episode: "your husband's stay
    // on Ward 6".
    List<Item> all = new ArrayList<>(items.size());
    for (int n = 0; n < items.size(); n++) {
      Item it = items.get(n);
      int generic = genericBefore.get(n);
      // "your little girl enjoyed her stay ... after her tonsils came out": the relative's own care
      boolean theirs =
          relative
              && it.sort() != Sort.SERVICE
              && it.first() > 0
              && THIRD.contains(tokens.get(it.first() - 1).key());
      boolean detail =
          it.sort() == Sort.HEALTH
              || it.sort() == Sort.CARE
              || it.sort() == Sort.RECORD
              || it.sort() == Sort.CARE_VERB
              || theirs
              || anchored(post, s, it) && it.sort() != Sort.WEAK && it.sort() != Sort.SERVICE;
      if (discloses[n] || detail && !(generic >= 0 && it.first() - generic <= 8)) {
        all.add(
            theirs ? new Item(it.first() - 1, it.end(), it.sort(), it.key()) : extend(post, s, it));
      }
    }
    return merge(all);
  }

  /**
   * True if the post answers someone: {@link PostFacts#replyShaped} (a reply, a leading @handle,
   * "Dear ...", "thank you for your kind words") or an opening that thanks a person by name
   * ("Thanks Rhys!", "¡Gracias, Lucía!").
   */
  static boolean replyLike(AnalyzedPost post, PostFacts facts) {
    if (facts.replyShaped) {
      return true;
    }
    List<Token> tokens = post.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).type() == TokenType.PUNCT) {
      i++; // "¡Gracias"
    }
    if (i >= tokens.size() || !THANKS.contains(tokens.get(i).key())) {
      return false;
    }
    i++;
    if (i < tokens.size() && tokens.get(i).key().equals("you")) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).text().equals(",")) {
      i++;
    }
    if (i + 1 < tokens.size()
        && tokens.get(i).isWord()
        && tokens.get(i).isCapitalised()
        && tokens.get(i + 1).type() == TokenType.PUNCT) {
      return true;
    }
    // "Thank you for your kind review, Bev!": the thanks end with the person's name
    int end = post.sentences().get(0).tokenEnd();
    return end >= 3
        && end <= tokens.size()
        && tokens.get(end - 1).type() == TokenType.PUNCT
        && tokens.get(end - 2).isWord()
        && tokens.get(end - 2).isCapitalised()
        && tokens.get(end - 3).text().equals(",");
  }

  /**
   * True if the name at token {@code first} is the person the reply answers: after a greeting ("Hi
   * Linda", "Thank you, Tom") or at the very start followed by a comma ("Linda, thank you").
   */
  static boolean addressee(AnalyzedPost post, int first) {
    List<Token> tokens = post.tokens();
    if (first == 0) {
      return tokens.size() > 1 && tokens.get(1).text().equals(",");
    }
    // "Thanks for getting in touch, Rhys." : a name between a comma and the end of the sentence
    Token after = first + 1 < tokens.size() ? tokens.get(first + 1) : null;
    if (tokens.get(first - 1).text().equals(",")
        && (after == null
            || after.type() == TokenType.PUNCT
                && (after.text().equals(".") || after.text().equals("!")))) {
      return true;
    }
    int j = first - 1;
    if (tokens.get(j).text().equals(",") && j > 0) {
      j--;
    }
    return GREETINGS.contains(tokens.get(j).key())
        && tokens.get(j).sentence() == tokens.get(first).sentence();
  }

  /**
   * True if a second person possessive stands just before the item, or a possessive phrase follows
   * it.
   */
  private static boolean anchored(AnalyzedPost post, Sentence s, Item it) {
    List<Token> tokens = post.tokens();
    if (it.sort() == Sort.CARE_VERB) {
      for (int j = it.first() - 1; j >= Math.max(s.firstToken(), it.first() - 3); j--) {
        String k = tokens.get(j).key();
        if (SUBJECT.contains(k)) {
          return true; // "you were seen", "usted faltó", "lei ha saltato"
        }
      }
      // "looking after your dad", "who treated you": the verb takes the person as its object
      int j = it.end();
      return j < s.tokenEnd()
          && (POSSESSIVE.contains(tokens.get(j).key())
              || tokens.get(j).key().equals("you")
                  && !it.key().equals("missed")); // "we missed you at the fair"
    }
    for (int j = it.first() - 1; j >= Math.max(s.firstToken(), it.first() - 4); j--) {
      Token t = tokens.get(j);
      String k = t.key();
      if (POSSESSIVE.contains(k)) {
        return true;
      }
      if (!(FILLER.contains(k)
          || t.text().equals("'")
          || t.text().equals("-")
          || k.equals("'s")
          || isItemWord(k)
          || ARTICLES.contains(k))) {
        break;
      }
    }
    int j = it.end();
    if (j < s.tokenEnd() && POSSESSIVE.contains(tokens.get(j).key())) {
      return true; // Welsh: "arhosiad eich gŵr"
    }
    return j + 1 < s.tokenEnd()
        && OF.contains(tokens.get(j).key())
        && POSSESSIVE.contains(tokens.get(j + 1).key());
  }

  /** The item with its possessive: "your husband's stay" rather than "stay". */
  private static Item extend(AnalyzedPost post, Sentence s, Item it) {
    List<Token> tokens = post.tokens();
    int first = it.first();
    for (int j = it.first() - 1; j >= Math.max(s.firstToken(), it.first() - 4); j--) {
      String k = tokens.get(j).key();
      if (POSSESSIVE.contains(k) || SUBJECT.contains(k) && it.sort() == Sort.CARE_VERB) {
        first = j;
        break;
      }
      if (!(FILLER.contains(k)
          || ARTICLES.contains(k)
          || tokens.get(j).type() == TokenType.PUNCT && tokens.get(j).text().equals("'")
          || it.sort() == Sort.CARE_VERB && PAST.containsKey(k))) {
        break;
      }
    }
    int end = it.end();
    if (end < s.tokenEnd()
        && POSSESSIVE.contains(tokens.get(end).key())
        && end + 1 < s.tokenEnd()
        && RELATIVE.containsKey(tokens.get(end + 1).key())) {
      end += 2; // "arhosiad eich gŵr"
    }
    return new Item(first, end, it.sort(), it.key());
  }

  /** Items that overlap or touch (at most one token between) become one span. */
  private static List<Item> merge(List<Item> items) {
    List<Item> out = new ArrayList<>(items.size());
    for (Item it : items) {
      if (!out.isEmpty()) {
        Item last = out.get(out.size() - 1);
        if (it.first() <= last.end() + 1) {
          if (it.end() > last.end()) {
            out.set(out.size() - 1, new Item(last.first(), it.end(), last.sort(), last.key()));
          }
          continue;
        }
      }
      out.add(it);
    }
    return out;
  }

  private static boolean modalAfter(AnalyzedPost post, Sentence s, Item it) {
    // "your visit to the dental unit can be booked": for an admin item, a modal anywhere after it
    int reach = ADMIN.containsKey(it.key()) ? 8 : 2;
    for (int j = it.end(); j < Math.min(s.tokenEnd(), it.end() + reach); j++) {
      if (MODAL_AFTER.contains(post.tokens().get(j).key())) {
        return true;
      }
    }
    return false;
  }
}
