package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Sentence;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;

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

  private static final Map<String, Lexicon> CUES = sections("/hst/lexicons/reply-cues.txt");
  private static final Lexicon SECOND = CUES.get("second");
  private static final Lexicon RELATIVE = CUES.get("relative");
  private static final Lexicon CARE = CUES.get("care");
  private static final Lexicon WEAK = CUES.get("weakcare");
  private static final Lexicon BODY = CUES.get("body");
  private static final Lexicon RECORD = CUES.get("record");
  private static final Lexicon OURS = CUES.get("ours");
  private static final Lexicon CARE_VERB = CUES.get("careverb");
  private static final Lexicon PAST = CUES.get("past");
  private static final Lexicon WHEN = CUES.get("when");
  private static final Lexicon FEELING = CUES.get("feeling");
  private static final Lexicon PLACE = CUES.get("place");
  private static final Lexicon GENERIC = CUES.get("generic");
  private static final Lexicon DISCUSS = CUES.get("discuss");
  private static final Lexicon STAFF = CUES.get("staff");
  private static final Lexicon RECOVERY = CUES.get("recovery");

  /**
   * Second person possessives: the word before (or, in Welsh, Spanish and Italian, after) the
   * person's item.
   */
  private static final Set<String> POSSESSIVE =
      Set.of(
          "your", "eich", "dy", "su", "sus", "tu", "tus", "suo", "sua", "suoi", "sue", "tuo", "tua",
          "tuoi", "tue", "vostro", "vostra", "vostri", "vostre");

  /** Second person subjects of a care verb: "you were seen", "usted faltó", "lei ha saltato". */
  private static final Set<String> SUBJECT =
      Set.of("you", "usted", "lei", "chi", "you're", "you've");

  /**
   * Words that may stand between a possessive and the item: "your recent hip operation", "la sua
   * ultima visita".
   */
  private static final Set<String> FILLER =
      Set.of(
          "recent",
          "first",
          "second",
          "third",
          "last",
          "little",
          "new",
          "latest",
          "next",
          "own",
          "late",
          "dear",
          "ultima",
          "ultimo",
          "prima",
          "primo",
          "reciente",
          "primera",
          "diweddar",
          "cyntaf",
          "olaf",
          "annwyl");

  /**
   * Links between an item and the person after it: "la cirugía de su madre", "il ricovero di suo
   * marito".
   */
  private static final Set<String> OF =
      Set.of("of", "de", "del", "di", "della", "dello", "dei", "delle");

  /** Weak care words that also mean the care staff give. */
  private static final Set<String> CARE_GIVEN = Set.of("care", "gofal", "atencion", "cure");

  /**
   * Modal words just after an item: "your appointment may be affected", "your results could take".
   */
  private static final Set<String> MODAL_AFTER =
      Set.of(
          "may",
          "might",
          "could",
          "can",
          "will",
          "would",
          "should",
          "puede",
          "podria",
          "potrebbe",
          "puo",
          "gall",
          "allai");

  private static final Set<String> WE = Set.of("we", "i", "we're", "we've", "we'd");

  /** Third person possessives: the relative's own care once the reply has named the relative. */
  private static final Set<String> THIRD =
      Set.of("her", "his", "their", "ei", "eu", "su", "sus", "suo", "sua");

  private static final Set<String> NEGATION =
      Set.of(
          "can't", "cannot", "not", "unable", "won't", "no", "non", "ni", "nid", "methu", "dim",
          "n't", "never");

  /** English words ending in -ed that are not past forms about an event. */
  private static final Set<String> NOT_PAST =
      Set.of(
          "need",
          "needed",
          "based",
          "interested",
          "feed",
          "bed",
          "red",
          "shed",
          "speed",
          "seed",
          "hundred",
          "sacred",
          "led",
          "breed",
          "freed",
          "proceed",
          "succeed",
          "exceed",
          "limited",
          "qualified",
          "dedicated",
          "skilled",
          "talented",
          "detailed",
          "experienced",
          "registered",
          "trained",
          "advanced",
          "required",
          "expected",
          "planned",
          "scheduled",
          "booked",
          "invited",
          "supported",
          "concerned",
          "worried",
          "unsupported",
          "related",
          "shared",
          "valued",
          "appreciated",
          "inspired",
          "used",
          "advised",
          "recommended",
          "offered",
          "provided",
          "funded");

  /**
   * What a care item is; SERVICE is a care word naming a service ("flu clinics"), never a detail.
   */
  private enum Sort {
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
  private record Item(int first, int end, Sort sort, String key, boolean ours) {
    Item(int first, int end, Sort sort, String key) {
      this(first, end, sort, key, false);
    }
  }

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
   * What a sentence holds besides its care items.
   *
   * @param feeling sympathy or good wishes ("sorry", "we hope", "glad"), including {@code recovery}
   * @param recovery getting better ("healing", "on the mend", "se recupere"): said of one person,
   *     it confirms care
   * @param place a place of care or a member of staff ("on Ward 6", "with us", "the dentist")
   * @param aux "were", "was", "been": "you were seen", not "you've seen our new website"
   */
  private record Cues(
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
  private static boolean discloses(AnalyzedPost post, Item it, boolean anchored, Cues c) {
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
   * Words after a care noun that make it a service: "the vaccination clinic", "el parto respetado
   * programme".
   */
  private static final Set<String> SERVICE =
      Set.of(
          "clinic",
          "clinics",
          "unit",
          "service",
          "services",
          "team",
          "centre",
          "center",
          "programme",
          "program",
          "day",
          "event",
          "drive",
          "campaign",
          "suite",
          "bus",
          "hub",
          "week",
          "month",
          "pathway");

  /**
   * "the surgery", "il parto", "la operación" with no service word after it: one person's episode
   * of care.
   */
  private static boolean definite(AnalyzedPost post, Item it) {
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

  /**
   * The longest care item starting at token {@code i}, or {@code null}; "flu clinics" names a
   * service, not care.
   */
  private static Item item(AnalyzedPost post, int i, Map<Integer, Lexicon.Match> health) {
    Item best = candidate(post, i, health);
    if (best != null
        && best.end() < post.tokens().size()
        && SERVICE.contains(post.tokens().get(best.end()).key())
        && best.sort() != Sort.RELATIVE) {
      return new Item(best.first(), best.end() + 1, Sort.SERVICE, best.key());
    }
    return best;
  }

  private static Item candidate(AnalyzedPost post, int i, Map<Integer, Lexicon.Match> health) {
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

  private static Item longer(Item best, AnalyzedPost post, int i, Lexicon lexicon, Sort sort) {
    Lexicon.Match m = lexicon.longestAt(post, i);
    if (m == null || best != null && m.end() <= best.end()) {
      return best;
    }
    // "our records", "the notes", "nuestros registros": the organisation looking up the person's
    // file
    boolean ours = sort == Sort.RECORD && i > 0 && OURS.containsKey(post.tokens().get(i - 1).key());
    return new Item(ours ? i - 1 : i, m.end(), sort, m.entry(), ours);
  }

  private static final Set<String> THANKS =
      Set.of("thanks", "thank", "diolch", "gracias", "grazie", "cheers");

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
   * Greetings that address the person answered: "Hi Linda", "Thanks Tom", "Diolch Sian", "Gracias,
   * Ana".
   */
  private static final Set<String> GREETINGS =
      Set.of(
          "hi",
          "hello",
          "hey",
          "dear",
          "thanks",
          "thank",
          "you",
          "morning",
          "afternoon",
          "evening",
          "diolch",
          "helo",
          "annwyl",
          "gracias",
          "hola",
          "querida",
          "querido",
          "estimada",
          "estimado",
          "grazie",
          "ciao",
          "gentile",
          "cara",
          "caro",
          "salve",
          "buongiorno",
          "buenos",
          "dias");

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

  /** "l'intervento" to "intervento"; {@code null} when the key has no elided article. */
  private static String elided(String key) {
    int q = key.indexOf('\'');
    return q > 0 && q <= 4 && q < key.length() - 1 ? key.substring(q + 1) : null;
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

  private static boolean isItemWord(String k) {
    return RELATIVE.containsKey(k) || BODY.containsKey(k) || CARE.containsKey(k);
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
    for (int j = it.end(); j < Math.min(s.tokenEnd(), it.end() + 2); j++) {
      if (MODAL_AFTER.contains(post.tokens().get(j).key())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NOT_PAST_VERB =
      Set.of(
          "look",
          "cuidar",
          "gofalu",
          "trin",
          "prenderci",
          "colli",
          "caring",
          "care",
          "did",
          "didn't");
  private static final Set<String> FIRST_PERSON =
      Set.of(
          "i", "my", "me", "i'm", "i've", "i'd", "we", "our", "fy", "mi", "mis", "yo", "mio", "mia",
          "miei", "mie", "io", "rwy", "roeddwn");
  private static final Set<String> ARTICLES = Set.of("il", "la", "lo", "el", "the", "y", "yr");
  private static final Set<String> PAST_AUX =
      Set.of("were", "was", "been", "fue", "fuiste", "stato", "stata", "cawsoch");

  /**
   * Care verbs in a past form ("missed", "seen", "faltó", "saltato"), not "looking after" or
   * "cuidar".
   */
  private static boolean pastVerb(String k) {
    return !k.endsWith("ing") && !NOT_PAST_VERB.contains(k);
  }

  /** Spanish and Italian past participles: "durato", "operada", "dimesso" is not one. */
  private static boolean participle(String language, String k) {
    if (k.length() < 6) {
      return false;
    }
    return language.equals("it")
            && (k.endsWith("ato") || k.endsWith("ata") || k.endsWith("uto") || k.endsWith("ito"))
        || language.equals("es")
            && (k.endsWith("ado") || k.endsWith("ada") || k.endsWith("ido") || k.endsWith("ida"));
  }

  private static boolean pastForm(String k) {
    return k.length() >= 5 && k.endsWith("ed") && !NOT_PAST.contains(k);
  }

  /**
   * Care items the reviewer wrote about themselves or their family ("my knee", "my husband's stay",
   * "fy llawdriniaeth"): keys a reply should not repeat. Read from the comment's analysis, never
   * reported.
   */
  private static Set<String> commentTerms(AnalyzedPost comment) {
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

  /** Loads {@code [section]}-headed word lists; {@code #} starts a comment line. */
  private static Map<String, Lexicon> sections(String resource) {
    Map<String, List<String>> lists = new HashMap<>();
    String current = null;
    try (var in = ReplyDetails.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + resource + " is missing from the classpath");
      }
      var r =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          current = l.substring(1, l.length() - 1);
          lists.putIfAbsent(current, new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException(
              "lexicon " + resource + ": entry before the first [section]");
        } else {
          lists.get(current).add(l);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read lexicon " + resource, e);
    }
    Map<String, Lexicon> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, Lexicon.of(v)));
    return Map.copyOf(out);
  }
}
