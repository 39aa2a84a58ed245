package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicons;

/**
 * Finds people's names without a trained NER model: titles (Mr, Mrs, señora, signora...), the
 * first-name and surname gazetteers, capitalisation and the words around a candidate. Names that
 * are common words (Hope, Grace, Bill) need more evidence: a surname, a vocative ("Keep going,
 * Hope!"), a possessive, or a verb and a care story. A name next to a job title, an award, or after
 * Dr/Sister/Nurse is staff; one occurrence decides for every occurrence of the same name in the
 * post.
 */
final class PersonFinder {

  static final Set<String> TITLES =
      Lexicons.set(PersonFinder.class, "/hst/lexicons/privacy-person-titles.txt");

  /**
   * Staff title words that are a title only when capitalised: "my sister Jane" is a relative,
   * "Sister Jane" a nurse. Other titles count in lower case too, as Italian and Spanish write them
   * ("alla dottoressa Giulia Ferrante", "nurse Sarah").
   */
  private static final Set<String> LOWER_CASE_NOT_TITLE = Set.of("sister", "staff", "consultant");

  static final Set<String> STAFF_TITLES =
      Lexicons.set(PersonFinder.class, "/hst/lexicons/privacy-staff-title-words.txt");

  /** Words that make a capitalised run a place or organisation, not a person ("Victoria Park"). */
  static final Set<String> ORG_WORDS =
      Lexicons.set(PersonFinder.class, "/hst/lexicons/privacy-org-words.txt");

  private static final Set<String> SAINT = Set.of("st", "saint", "san", "santa", "sant");
  private static final Set<String> VERBS_AFTER =
      Set.of(
          "has",
          "is",
          "was",
          "turned",
          "went",
          "rang",
          "took",
          "got",
          "had",
          "came",
          "left",
          "celebrated",
          "celebrates",
          "walked",
          "wanted",
          "asked",
          "said",
          "did",
          "smiled",
          "loves",
          "loved",
          "passed",
          "died",
          "finished",
          "reached",
          "reaches",
          "spent",
          "will",
          "just");
  private static final Set<String> DATE_WORDS =
      Set.of(
          "in", "on", "since", "until", "from", "by", "early", "late", "mid", "end", "of", "last",
          "next", "this");

  private final AnalyzedPost post;
  private final PostFacts facts;
  private final ProfileView profile;
  private final List<Token> tokens;

  /** A candidate name ruled out, and the evidence that decided (for tests and debugging). */
  record NotPatient(int first, int end, String why) {}

  /** Candidates that are places, organisations or public figures, in the order found. */
  final List<NotPatient> notPatients = new ArrayList<>(0);

  PersonFinder(AnalyzedPost post, PostFacts facts, ProfileView profile) {
    this.post = post;
    this.facts = facts;
    this.profile = profile;
    this.tokens = post.tokens();
  }

  List<Mention> find() {
    List<Mention> raw = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Mention m = at(i);
      if (m != null) {
        raw.add(m);
        i = m.end() - 1;
      }
    }
    return propagate(raw, staffElsewhere(raw));
  }

  /**
   * Keys of names that appear somewhere else in the post, not detected as a mention, next to a job
   * title. The capitalised words are indexed by key once, and each key is looked at once, so a name
   * repeated through a long post costs linear time.
   */
  private Set<String> staffElsewhere(List<Mention> raw) {
    Set<String> out = new HashSet<>();
    // A word counts as "elsewhere" unless it starts the only mention of its name.
    Map<String, Integer> onlyMentionAt = new HashMap<>();
    for (Mention m : raw) {
      onlyMentionAt.merge(m.key(), m.first(), (a, b) -> -1);
    }
    Set<String> looked = new HashSet<>();
    Map<String, List<Integer>> capitalised = null;
    for (Mention m : raw) {
      if (m.staff() || !looked.add(m.key())) {
        continue;
      }
      if (capitalised == null) {
        capitalised = new HashMap<>();
        for (Token t : tokens) {
          if (t.isCapitalised()) {
            capitalised.computeIfAbsent(t.key(), k -> new ArrayList<>(2)).add(t.index());
          }
        }
      }
      for (int i : capitalised.getOrDefault(m.key(), List.of())) {
        if (i != onlyMentionAt.get(m.key()) && StaffContext.near(post, facts, i, i + 1) != null) {
          out.add(m.key());
          break;
        }
      }
    }
    return out;
  }

  private Mention at(int i) {
    Token t = tokens.get(i);
    if (!t.isWord()) {
      return null;
    }
    String k = t.key();
    if (TITLES.contains(k)
        || STAFF_TITLES.contains(k) && (t.isCapitalised() || !LOWER_CASE_NOT_TITLE.contains(k))) {
      int j = skipDot(i + 1);
      int end = nameRun(j, true);
      if (end > j && !orgAfter(j, end)) {
        boolean staff = STAFF_TITLES.contains(k);
        List<String> ev =
            new ArrayList<>(List.of("title '" + t.text() + "' before a capitalised name"));
        return mention(j, end, staff, true, 0.9, ev);
      }
      return null;
    }
    if (!t.isCapitalised()
        || !PrivacyLexicons.FIRST_NAMES.contains(k)
        || PrivacyLexicons.NOT_NAMES.contains(k)) {
      return lowerCase(i);
    }
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    if (prev != null
        && (SAINT.contains(prev.key())
            || prev.key().equals(".") && i > 1 && SAINT.contains(tokens.get(i - 2).key()))) {
      return null;
    }
    int end = nameRun(i + 1, false);
    if (orgAfter(i, end)) {
      return null;
    }
    String notPatient = NotAPatient.why(post, facts, i, end);
    if (notPatient != null) {
      notPatients.add(new NotPatient(i, end, notPatient));
      return null;
    }
    boolean full = end > i + 1;
    boolean ambiguous =
        PrivacyLexicons.AMBIGUOUS_FIRST_NAMES.contains(k) || PrivacyLexicons.commonWord(k, 3000);
    boolean initial = sentenceInitial(i);
    List<String> ev = new ArrayList<>();
    ev.add(
        full
            ? "first name and surname in the name lists"
            : "'" + t.text() + "' is in the first-name list");
    String place = NotAPatient.alsoAPlace(post, i, end);
    if (place != null) {
      ev.add(place);
    }
    if (full) {
      return mention(i, end, false, true, 0.8, ev);
    }
    if (!post.language().equals("en") && initial) {
      return null; // a capitalised first word in Welsh, Italian or Spanish is too often an ordinary
      // word
    }
    if (ambiguous) {
      String why = ambiguousEvidence(i, initial);
      if (why == null) {
        return null;
      }
      ev.set(0, "'" + t.text() + "' is a name that is also a common word");
      ev.add(why);
      return mention(i, end, false, false, 0.55, ev);
    }
    return mention(i, end, false, false, 0.65, ev);
  }

  /**
   * Lower-case first names ("visiting edna") in an English care story: only names that are no
   * English word.
   */
  private Mention lowerCase(int i) {
    Token t = tokens.get(i);
    String k = t.key();
    if (!post.language().equals("en")
        || !t.text().equals(k)
        || k.length() < 3
        || !PrivacyLexicons.FIRST_NAMES.contains(k)
        || PrivacyLexicons.englishWord(k)
        || PrivacyLexicons.NOT_NAMES.contains(k)
        || PrivacyLexicons.SURNAMES.contains(k) && !nameCueBefore(i)
        || facts.patientScore() == 0) {
      return null;
    }
    if (!nameCueBefore(i) && !vocative(i)) {
      return null;
    }
    return mention(
        i,
        i + 1,
        false,
        false,
        0.45,
        new ArrayList<>(
            List.of(
                "lower-case '"
                    + t.text()
                    + "' is in the first-name list and is not an English word")));
  }

  private boolean nameCueBefore(int i) {
    Token p = Near.prevWord(post, i);
    return p != null
        && Set.of(
                "little",
                "baby",
                "patient",
                "mum",
                "dad",
                "visit",
                "visiting",
                "with",
                "to",
                "wife",
                "husband",
                "son",
                "daughter",
                "lovely",
                "our")
            .contains(p.key());
  }

  /** Why an ambiguous name (Hope, Grace) is a name here, or null. */
  private String ambiguousEvidence(int i, boolean initial) {
    Token t = tokens.get(i);
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    if (month(t.key())
        && (next != null && next.type() == TokenType.NUMBER
            || prev != null
                && (prev.type() == TokenType.NUMBER || DATE_WORDS.contains(prev.key())))) {
      return null;
    }
    if (vocative(i)) {
      return "addressed by name ('" + (prev != null ? prev.text() : "") + " " + t.text() + "')";
    }
    boolean story = facts.patientScore() > 0;
    boolean possessive = t.text().endsWith("'s") || t.text().endsWith("\u2019s");
    if (story && (possessive || next != null && VERBS_AFTER.contains(next.key()))) {
      return possessive
          ? "possessive in a care story"
          : "subject of '" + next.text() + "' in a care story";
    }
    if (!initial
        && story
        && prev != null
        && Set.of("with", "to", "for", "baby", "little", "mum", "dad", "and", "meet", "patient")
            .contains(prev.key())) {
      return "after '" + prev.text() + "' in a care story";
    }
    return null;
  }

  /**
   * Words a name follows when it is addressed: "hi Edna", "get well soon Frank", "happy birthday
   * Joy".
   */
  private static final Set<String> VOCATIVE_AFTER =
      Set.of(
          "hi",
          "dear",
          "hello",
          "hey",
          "congratulations",
          "congrats",
          "thanks",
          "you",
          "soon",
          "birthday",
          "luck");

  private boolean vocative(int i) {
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    boolean afterComma =
        prev != null && (prev.text().equals(",") || VOCATIVE_AFTER.contains(prev.key()));
    boolean atEnd =
        next == null
            || next.type() == TokenType.EMOJI
            || next.type() == TokenType.HASHTAG
            || next.type() == TokenType.PUNCT && "!.,?".contains(next.text());
    return afterComma && atEnd;
  }

  private static boolean month(String k) {
    return Set.of("april", "may", "june", "august").contains(k);
  }

  /** End of a run of name tokens from {@code j}: capitalised surnames, middle names, initials. */
  private int nameRun(int j, boolean afterTitle) {
    int end = j;
    for (int n = 0; n < 3 && end < tokens.size(); n++) {
      Token t = tokens.get(end);
      // "mrs k", "mr b": a lower-case initial straight after a title, as people type in a hurry
      boolean lowerInitial =
          afterTitle
              && n == 0
              && t.text().length() == 1
              && Character.isLowerCase(t.text().charAt(0))
              && "ai".indexOf(t.text().charAt(0)) < 0;
      if (!t.isWord() || !Character.isUpperCase(t.text().codePointAt(0)) && !lowerInitial) {
        break;
      }
      String k = t.key();
      boolean initial = t.text().length() == 1;
      boolean known =
          PrivacyLexicons.SURNAMES.contains(k) || PrivacyLexicons.FIRST_NAMES.contains(k);
      boolean unknownProper =
          t.isCapitalised()
              && !PrivacyLexicons.commonWord(k, 20000)
              && !ORG_WORDS.contains(k)
              && (afterTitle || n > 0 || !sentenceInitial(end));
      // Straight after a personal title a word of the not-names list is a surname all the same:
      // "Mrs Bevan".
      boolean titled = afterTitle && n == 0;
      if (ORG_WORDS.contains(k)
          || !(initial || known || unknownProper || titled && t.isCapitalised())
          || PrivacyLexicons.NOT_NAMES.contains(k) && !titled) {
        break;
      }
      end = skipDot(end + 1);
      if (initial
          && end > 0
          && tokens.get(end - 1).text().equals(".")
          && end < tokens.size()
          && !tokens.get(end).isWord()) {
        end--;
      }
    }
    while (end > j && tokens.get(end - 1).type() == TokenType.PUNCT) {
      end--;
    }
    return end;
  }

  private int skipDot(int j) {
    return j < tokens.size() && tokens.get(j).text().equals(".") ? j + 1 : j;
  }

  /**
   * The name run ending at {@code end} is the start of an organisation's name: a capitalised
   * organisation word follows it, straight away or after at most three more capitalised words
   * ("Rowan Children's Centre", "Ashby Community Health Centre"), or, after "the", a possessive
   * name is followed by one in any case ("the Maggie's centre").
   */
  private boolean orgAfter(int first, int end) {
    for (int j = end; j < tokens.size() && j <= end + 3; j++) {
      Token t = tokens.get(j);
      if (!t.isWord() || !Character.isUpperCase(t.text().codePointAt(0))) {
        break;
      }
      if (ORG_WORDS.contains(t.key())) {
        return true;
      }
    }
    return end < tokens.size()
        && end > first
        && first > 0
        && tokens.get(first - 1).key().equals("the")
        && possessive(tokens.get(end - 1))
        && ORG_WORDS.contains(tokens.get(end).key());
  }

  private static boolean possessive(Token t) {
    return t.text().endsWith("'s") || t.text().endsWith("\u2019s");
  }

  private boolean sentenceInitial(int i) {
    int first = post.sentences().get(tokens.get(i).sentence()).firstToken();
    for (int j = first; j < i; j++) {
      TokenType ty = tokens.get(j).type();
      if (ty == TokenType.WORD || ty == TokenType.NUMBER) {
        return false;
      }
    }
    return true;
  }

  private Mention mention(
      int first, int end, boolean staff, boolean strong, double conf, List<String> ev) {
    Token a = tokens.get(first);
    Token b = tokens.get(end - 1);
    String key = a.key();
    if (profile.staffNameKeys.contains(key)
        || end - first > 1 && profile.staffNameKeys.contains(b.key())) {
      staff = true;
      ev.add("a consenting member of staff in the organisation's profile (-)");
    } else if (!staff) {
      String why = StaffContext.near(post, facts, first, end);
      if (why != null) {
        staff = true;
        ev.add(why);
      }
    }
    int endOffset = b.end();
    String bt = b.text();
    if (bt.endsWith("'s") || bt.endsWith("\u2019s")) {
      endOffset -= 2;
    } else if (bt.endsWith("'") || bt.endsWith("\u2019")) {
      endOffset -= 1;
    }
    return new Mention(first, end, a.start(), endOffset, key, staff, strong, conf, ev);
  }

  /** One decision per name: if any occurrence is staff, every occurrence of that first name is. */
  private static List<Mention> propagate(List<Mention> raw, Set<String> staffElsewhere) {
    Set<String> staff = new HashSet<>(staffElsewhere);
    for (Mention m : raw) {
      if (m.staff()) {
        staff.add(m.key());
      }
    }
    List<Mention> out = new ArrayList<>(raw.size());
    for (Mention m : raw) {
      if (!m.staff() && staff.contains(m.key())) {
        List<String> ev = new ArrayList<>(m.evidence());
        ev.add("the same name is a member of staff elsewhere in the post (-)");
        m =
            new Mention(
                m.first(),
                m.end(),
                m.start(),
                m.endOffset(),
                m.key(),
                true,
                m.strong(),
                m.confidence(),
                ev);
      }
      out.add(m);
    }
    return out;
  }
}
