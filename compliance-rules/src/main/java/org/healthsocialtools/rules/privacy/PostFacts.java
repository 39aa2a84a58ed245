package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.Lexicon;

/**
 * What several privacy rules need to know about a post, computed once per post and shared through
 * {@link AnalyzedPost#shared}: the patient and staff cues, the clinical terms, which sentences
 * refer to one individual, the people mentioned, and whether the post is shaped like a public
 * reply. PERSON, HEALTH, AGE, DATE, LOCATION, MEDIA and the combination rule read it instead of
 * recomputing.
 */
final class PostFacts {

  private static final AnalyzedPost.Key<PostFacts> KEY =
      new AnalyzedPost.Key<>("privacy.post-facts");

  /** Words that refer to one individual person. */
  static final Set<String> INDIVIDUAL_PRONOUNS =
      Set.of(
          "she", "he", "her", "him", "his", "herself", "himself", "hers", "she's", "he's", "she'd",
          "he'd", "she'll", "he'll");

  /** Nouns for one person, counted when a determiner or possessive stands before them. */
  static final Set<String> PERSON_NOUNS =
      Set.of(
          "patient",
          "lady",
          "gentleman",
          "gent",
          "man",
          "woman",
          "boy",
          "girl",
          "baby",
          "child",
          "toddler",
          "teenager",
          "mum",
          "mom",
          "mother",
          "dad",
          "father",
          "son",
          "daughter",
          "wife",
          "husband",
          "partner",
          "veteran",
          "resident",
          "grandad",
          "grandma",
          "grandmother",
          "grandfather",
          "nan",
          "gran",
          "fighter",
          "warrior",
          "midfielder",
          "pensioner",
          "gentlemen",
          "mam",
          "brother",
          "sister",
          "uncle",
          "aunt",
          "auntie",
          "nephew",
          "niece",
          "grandson",
          "granddaughter",
          "twins",
          "newborn",
          "señora",
          "senora",
          "señor",
          "senor",
          "paciente",
          "signora",
          "signore",
          "paziente",
          "claf",
          "mab",
          "merch");

  private static final Set<String> DETERMINERS =
      Set.of(
          "a", "an", "the", "this", "that", "our", "one", "my", "his", "her", "their", "la", "el",
          "una", "un", "il", "lo", "nuestra", "nuestro", "su", "ei", "eich", "little", "lovely",
          "sweet", "brave", "old", "young");
  private static final Lexicon INDIVIDUAL_PHRASES =
      Lexicon.of(
          List.of(
              "one of our patients",
              "one of our residents",
              "one of our longest-standing patients",
              "a patient",
              "our patient",
              "this patient",
              "the patient",
              "a pt",
              "our pt",
              "pt",
              "uno de nuestros pacientes",
              "nuestra paciente",
              "nuestro paciente",
              "un nostro paziente",
              "una nostra paziente",
              "un o'n cleifion"));
  private static final Lexicon RECORD_LABELS =
      Lexicon.of(
          List.of(
              "nhs no",
              "nhs number",
              "mrn",
              "chi number",
              "chi no",
              "h&c number",
              "hospital number",
              "hosp no",
              "dob",
              "d.o.b",
              "date of birth",
              "ssn",
              "member id"));
  private static final Set<String> QUANTIFIERS =
      Set.of("every", "any", "each", "no", "all", "per", "if");

  /**
   * Person nouns that mean one individual even without a determiner ("Lady in bay 3", "gent in bed
   * 7").
   */
  private static final Set<String> SINGULAR_ALONE =
      Set.of(
          "lady", "gent", "gentleman", "señora", "senora", "signora", "señor", "senor", "signore");

  private static final Set<String> GENERIC =
      Set.of(
          "you",
          "your",
          "you're",
          "you'll",
          "you've",
          "you'd",
          "yours",
          "people",
          "anyone",
          "everyone",
          "adults",
          "children",
          "those",
          "many",
          "someone",
          "anybody",
          "everybody",
          "kids",
          "women",
          "men",
          "parents");
  private static final Lexicon REPLY_OPENERS =
      Lexicon.of(
          List.of(
              "thank you for your kind words",
              "thanks for your kind words",
              "thank you for your feedback",
              "thank you for your message",
              "thank you for getting in touch",
              "thanks for getting in touch",
              "sorry to hear",
              "so sorry to hear",
              "sorry your",
              "we're sorry your",
              "we are sorry your",
              "so lovely to hear from you",
              "lovely to hear from you",
              "thank you for your review",
              "thanks for your review",
              "sorry for the wait",
              "so sorry for the wait",
              "diolch am eich neges",
              "diolch o galon am eich neges",
              "gracias por su mensaje",
              "grazie per il messaggio"));
  private static final Set<String> REPLY_GREETINGS =
      Set.of(
          "dear",
          "hi",
          "hello",
          "hey",
          "annwyl",
          "querida",
          "querido",
          "estimada",
          "estimado",
          "gentile",
          "cara",
          "caro");

  final AnalyzedPost post;
  final List<Lexicon.Match> patientCues;
  final List<Lexicon.Match> staffCues;
  final List<Lexicon.Match> health;

  /**
   * Per sentence: a staff cue in it; a patient cue or clinical term in it (indexed once, so lookups
   * are O(1)).
   */
  final boolean[] staffCueSentence;

  final boolean[] patientCueSentence;
  final boolean[] individualSentence;
  final boolean[] genericSentence;

  /**
   * Sentences with an identifier label (NHS no, MRN, CHI): whatever else they hold is about one
   * patient.
   */
  final boolean[] recordSentence;

  final List<Mention> people;

  /** Capitalised candidates that are places, organisations or public figures, with the reason. */
  final List<PersonFinder.NotPatient> notPatients;

  final boolean replyShaped;

  private PostFacts(AnalyzedPost post, ProfileView profile) {
    this.post = post;
    this.patientCues = withoutServiceNames(post, PrivacyLexicons.PATIENT_CUES.findAll(post));
    this.staffCues = PrivacyLexicons.STAFF_CUES.findAll(post);
    this.health = healthTerms(post);
    int n = post.sentences().size();
    this.staffCueSentence = sentencesOf(post, staffCues, n);
    this.patientCueSentence = sentencesOf(post, patientCues, n);
    for (Lexicon.Match m : health) {
      patientCueSentence[post.tokens().get(m.first()).sentence()] = true;
    }
    this.individualSentence = new boolean[n];
    this.genericSentence = new boolean[n];
    this.recordSentence = new boolean[n];
    markSentences();
    this.replyShaped = replyShaped(post);
    PersonFinder finder = new PersonFinder(post, this, profile);
    this.people = finder.find();
    this.notPatients = finder.notPatients;
    for (Mention m : people) {
      if (!m.staff()) {
        individualSentence[post.tokens().get(m.first()).sentence()] = true;
      }
    }
  }

  /**
   * Words after "patient" that make it the name of a service, not a person: "our patient experience
   * team".
   */
  private static final Set<String> SERVICE_AFTER =
      Set.of(
          "experience",
          "advice",
          "liaison",
          "relations",
          "safety",
          "services",
          "service",
          "participation",
          "engagement",
          "transport",
          "information",
          "feedback");

  private static List<Lexicon.Match> withoutServiceNames(
      AnalyzedPost post, List<Lexicon.Match> cues) {
    List<Lexicon.Match> out = new ArrayList<>(cues.size());
    for (Lexicon.Match m : cues) {
      int next = m.end();
      if (!(next < post.tokens().size() && SERVICE_AFTER.contains(post.tokens().get(next).key()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean[] sentencesOf(
      AnalyzedPost post, List<Lexicon.Match> matches, int sentences) {
    boolean[] out = new boolean[sentences];
    for (Lexicon.Match m : matches) {
      out[post.tokens().get(m.first()).sentence()] = true;
    }
    return out;
  }

  static PostFacts of(AnalyzedPost post, ProfileView profile) {
    return post.shared(KEY, p -> new PostFacts(p, profile));
  }

  /** Patient cues plus clinical terms: how much the post reads as a care story. */
  int patientScore() {
    return patientCues.size() + health.size() + (replyStory() ? 1 : 0);
  }

  private List<ReplyDetails.Detail> replyDetails;

  /**
   * The care details the post confirms about the person it answers (see {@link
   * ReplyDisclosureRule}).
   */
  List<ReplyDetails.Detail> replyDetails() {
    if (replyDetails == null) {
      replyDetails = ReplyDetails.details(post, this);
    }
    return replyDetails;
  }

  /**
   * A reply that confirms someone's care: whatever else it holds (a name, a date, a ward) is about
   * a patient. A reply that only thanks, answers a general question or names the staff member who
   * will call back is not.
   */
  boolean replyStory() {
    return !replyDetails().isEmpty() && ReplyDetails.replyLike(post, this);
  }

  int staffScore() {
    return staffCues.size();
  }

  /** Non-staff people mentioned. */
  List<Mention> patients() {
    List<Mention> out = new ArrayList<>(people.size());
    for (Mention m : people) {
      if (!m.staff()) {
        out.add(m);
      }
    }
    return out;
  }

  boolean hasPatient() {
    for (Mention m : people) {
      if (!m.staff()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the sentence holding token {@code i} refers to one individual, or the post names a
   * patient and the sentence is not general advice.
   */
  boolean tiedToPerson(int tokenIndex) {
    int s = post.tokens().get(tokenIndex).sentence();
    return individualSentence[s]
        || recordSentence[s]
        || (hasPatient() || replyStory() || story()) && !genericSentence[s];
  }

  private Boolean story;

  private boolean story() {
    if (story == null) {
      story = patientStory();
    }
    return story;
  }

  /**
   * A care story: a patient is named or an individual is referred to alongside patient cues or
   * clinical terms.
   */
  boolean patientStory() {
    if (hasPatient() || replyStory()) {
      return true;
    }
    for (boolean b : individualSentence) {
      if (b && patientScore() > 0) {
        return true;
      }
    }
    return false;
  }

  private void markSentences() {
    List<Token> tokens = post.tokens();
    boolean[] pronoun = new boolean[individualSentence.length];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = t.key();
      Lexicon.Match one = INDIVIDUAL_PHRASES.longestAt(post, i);
      if (one != null) {
        individualSentence[t.sentence()] = true;
        i = one.end() - 1;
        continue;
      }
      // A bare "CHI" (Scotland's Community Health Index number) only in capitals: Italian "chi" is
      // "who", Welsh "chi" is "you".
      if (RECORD_LABELS.longestAt(post, i) != null || t.text().equals("CHI")) {
        recordSentence[t.sentence()] = true;
      }
      if (INDIVIDUAL_PRONOUNS.contains(k) || sexAge(k)) {
        pronoun[t.sentence()] = true;
      } else if (PERSON_NOUNS.contains(k)
          && (i == 0
              || DETERMINERS.contains(tokens.get(i - 1).key())
              || !QUANTIFIERS.contains(tokens.get(i - 1).key()) && SINGULAR_ALONE.contains(k))) {
        individualSentence[t.sentence()] = true;
      } else if (k.equals("year")
          && i >= 2
          && tokens.get(i - 2).type() == TokenType.NUMBER
          && i + 2 < tokens.size()
          && tokens.get(i + 2).key().equals("old")) {
        pronoun[t.sentence()] = true; // "a 45-year-old": one person's age
      } else if (GENERIC.contains(k)
          && !(i > 0 && AFFECTION.contains(tokens.get(i - 1).key()))
          && !(i + 1 < tokens.size() && PERSON_NOUNS.contains(tokens.get(i + 1).key()))) {
        genericSentence[t.sentence()] = true;
      }
    }
    for (int s = 0; s < individualSentence.length; s++) {
      // "If you're a woman aged 25 to 64" is advice to anyone; "he", "her", "41F" are one person
      // whatever else.
      individualSentence[s] = pronoun[s] || individualSentence[s] && !genericSentence[s];
    }
  }

  /** "thank you", "love you": the reader, not readers in general. */
  private static final Set<String> AFFECTION =
      Set.of("thank", "love", "miss", "see", "proud", "of");

  /** "41f", "67m": age and sex shorthand for one person. */
  private static boolean sexAge(String k) {
    int n = k.length();
    return n >= 2
        && n <= 4
        && (k.charAt(n - 1) == 'f' || k.charAt(n - 1) == 'm')
        && k.substring(0, n - 1).chars().allMatch(Character::isDigit);
  }

  private static List<Lexicon.Match> healthTerms(AnalyzedPost post) {
    List<Lexicon.Match> out = new ArrayList<>();
    List<Token> tokens = post.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isWord()) {
        continue; // hashtags, mentions, URLs: not prose about a person
      }
      Lexicon.Match best = PrivacyLexicons.HEALTH.longestAt(post, i);
      if (best != null) {
        out.add(best);
        i = best.end() - 1;
      }
    }
    return out;
  }

  private static boolean replyShaped(AnalyzedPost post) {
    if (post.post().isReply()) {
      return true;
    }
    List<Token> tokens = post.tokens();
    if (tokens.isEmpty()) {
      return false;
    }
    Token first = tokens.get(0);
    if (first.type() == TokenType.MENTION || REPLY_GREETINGS.contains(first.key())) {
      return true;
    }
    for (int i = 0; i < tokens.size() && tokens.get(i).sentence() < 2; i++) {
      if (REPLY_OPENERS.longestAt(post, i) != null) {
        return true;
      }
    }
    return false;
  }
}
