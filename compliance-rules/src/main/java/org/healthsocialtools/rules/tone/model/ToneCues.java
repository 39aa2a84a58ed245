package org.healthsocialtools.rules.tone.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;

/**
 * The cues of a post that the tone models read, found in one pass over the analysed tokens: lexicon
 * classes (profanity, strong positive or negative valence, death and harm, patient references,
 * mockery frames, party, laughing and eye-roll emoji), their combinations, and the post's words.
 * The same code makes the features at training time (from the training file, analysed by the
 * engine's own analyser) and at check time, so the two never drift apart.
 *
 * <p>Lexicons: {@code tone-profanity.txt} (LDNOOBW, CC BY 4.0) and {@code tone-valence.txt} (VADER,
 * MIT), built by {@code scripts/vocab/build_tone_lexicons.py}; the small cue sets below are written
 * for this project.
 */
public final class ToneCues {

  /** A cue class and where it first shows, in normalised-text offsets. */
  public record Cue(String name, int start, int end) {}

  /**
   * Everything one post shows: model features (word keys, emoji, cue names, cue-pair combinations
   * joined by '+', "<bias>" and "!"), and the cue classes with where they first occur.
   */
  public record Result(String[] features, Map<String, Cue> cues) {
    public boolean has(String name) {
      return cues.containsKey(name);
    }
  }

  public static final String PROFANITY = "profanity";
  public static final String MASKED = "masked swearing";
  public static final String NEGATIVE = "hostile or negative word";
  public static final String POSITIVE = "light or celebratory word";
  public static final String HARM = "death, injury or tragedy";
  public static final String PATIENT = "patient reference";
  public static final String MOCK = "mockery frame";
  public static final String PARTY = "party emoji";
  public static final String LAUGH = "laughing emoji or 'haha'";
  public static final String EYEROLL = "eye-roll or annoyed emoji";
  public static final String YOU = "addresses 'you'";
  public static final String LIGHT = "light phrase";

  private static final Set<String> PROFANE = load("tone-profanity.txt", false).keySet();
  private static final Map<String, String> VALENCE = load("tone-valence.txt", true);

  /** Dotted initialisms of swearing, which the tokenizer keeps as one word ("b.s."). */
  private static final Set<String> DOTTED_PROFANE = Set.of("b.s", "s.o.b", "f.u", "w.t.f");

  private static final Set<String> HARM_WORDS =
      Set.of(
          "died",
          "dies",
          "death",
          "deaths",
          "dead",
          "dying",
          "funeral",
          "funerals",
          "mortuary",
          "morgue",
          "bereaved",
          "bereavement",
          "fatal",
          "fatally",
          "fatality",
          "fatalities",
          "killed",
          "crash",
          "crashes",
          "collision",
          "rtc",
          "stabbing",
          "stabbed",
          "shooting",
          "victim",
          "victims",
          "injured",
          "injuries",
          "tragedy",
          "tragic",
          "overdose",
          "suicide",
          "arrest",
          "arrests",
          "trauma",
          "casualties",
          "casualty",
          "coffin",
          "coffins",
          "rip",
          "miscarriage",
          "stillbirth",
          "stillborn",
          "grief",
          "grieving",
          "mourning",
          "memorial",
          "burns",
          "amputation",
          "seatbelt",
          "drowned",
          "drowning",
          "wreck",
          "pileup",
          "palliative",
          "hospice",
          "deceased",
          "bodies",
          "cadaver",
          "autopsy",
          "postmortem",
          // cy, es, it
          "marw",
          "farw",
          "angladd",
          "muerte",
          "muerto",
          "murio",
          "fallecio",
          "accidente",
          "morto",
          "morta",
          "morte",
          "incidente",
          "funerale",
          "vittime",
          "victimas");
  private static final Set<String> PATIENT_WORDS =
      Set.of(
          "patient",
          "patients",
          "pt",
          "pts",
          "bed",
          "bay",
          "cubicle",
          "lady",
          "gent",
          "gentleman",
          "relative",
          "relatives",
          "resident",
          "residents",
          "family",
          "punter",
          "punters",
          "visitor",
          "visitors",
          "reviewer",
          "customer",
          "customers",
          "mum",
          "dad",
          "kid",
          "kids",
          "he",
          "she",
          "him",
          "her",
          "they",
          "people",
          "paciente",
          "pacientes",
          "paziente",
          "pazienti",
          "claf",
          "cleifion");
  private static final Set<String> MOCK_WORDS =
      Set.of(
          "ick",
          "trumps",
          "satans",
          "satan",
          "gremlins",
          "gremlin",
          "diva",
          "divas",
          "weirdo",
          "weirdos",
          "nutter",
          "nutters",
          "loony",
          "psycho",
          "whinge",
          "whinging",
          "whingers",
          "moaning",
          "moaners",
          "muppet",
          "muppets",
          "karen",
          "karens",
          "entitled",
          "clown",
          "clowns",
          "circus",
          "zoo",
          "freak",
          "freaks",
          "snowflake",
          "snowflakes",
          "demons",
          "monsters",
          "drunks",
          "druggies",
          "junkies",
          "delusional",
          "ungrateful",
          "pathetic",
          "idiots",
          "imbeciles",
          "troll",
          "newsflash",
          "hypochondriac",
          "hypochondriacs",
          "biddy",
          "biddies",
          "smelly",
          "stinky",
          "sweaty");

  /** Mockery frames of two words, as "first second" keys (the second may follow one word later). */
  private static final Map<String, Set<String>> MOCK_PAIRS =
      pairs(
          "guess the",
          "guess how",
          "top trumps",
          "my ick",
          "the ick",
          "rate my",
          "attention seeker",
          "attention seekers",
          "drama llama",
          "of denial",
          "frequent callers",
          "get life",
          "living dream",
          "round bingo",
          "award goes");

  private static final Set<String> NOT_NEGATIVE =
      Set.of(
          "cancer",
          "pain",
          "painful",
          "disease",
          "sick",
          "ill",
          "illness",
          "hurt",
          "hurts",
          "emergency",
          "crisis",
          "risk",
          "risks",
          "harm",
          "abuse",
          "abused",
          "violence",
          "war",
          "fear",
          "afraid",
          "worried",
          "worry",
          "sad",
          "sadly",
          "lonely",
          "loneliness",
          "stress",
          "stressed",
          "anxious",
          "anxiety",
          "depression",
          "depressed",
          "suffer",
          "suffers",
          "suffered",
          "suffering",
          "victim",
          "victims",
          "hell",
          "loss",
          "lost",
          "lose",
          "miss",
          "missed",
          "problem",
          "problems",
          "wrong",
          "bad",
          "worse",
          "worst",
          "danger",
          "dangerous",
          "infection",
          "sorry",
          "unfortunately",
          "struggle",
          "struggling",
          "difficult",
          "tired",
          "fail",
          "failed",
          "failure",
          "attack",
          "attacks",
          "devastated",
          "devastating",
          "heartbroken",
          "heartbreaking",
          "grief",
          "tragic",
          "tragedy",
          "mourn",
          "disaster",
          "terrible",
          "horrible",
          "awful",
          "injured",
          "injury",
          "cruel",
          "scared",
          "frightened",
          "terrified",
          "panic",
          "alone",
          "isolated",
          "distress",
          "distressed",
          "upset",
          "upsetting",
          "hate",
          "crime",
          "criminal",
          "assault",
          "assaulted",
          "racism",
          "discrimination",
          "bullying",
          "hurtful");

  /**
   * Negative words that aim at someone, rather than describe illness or loss: the only NEGATIVE
   * cues.
   */
  public static final String HOSTILE = "hostile word aimed at someone";

  private static final Set<String> PARTY_EMOJI =
      Set.of("🎉", "🥳", "🎊", "🍾", "🥂", "🎈", "🎂", "🙌", "🕺", "💃", "🍻", "🤩", "🔥");
  private static final Set<String> LAUGH_EMOJI =
      Set.of("😂", "🤣", "😆", "😅", "😜", "😝", "😹", "😏", "😬", "🤪");
  private static final Set<String> EYEROLL_EMOJI =
      Set.of("🙄", "🤦", "😤", "😡", "😠", "🤬", "😒", "🖕", "😩", "🤷", "💅", "🤡");
  private static final Set<String> LAUGH_WORDS =
      Set.of(
          "haha",
          "hahaha",
          "hahahaha",
          "lol",
          "lmao",
          "lmfao",
          "rofl",
          "jaja",
          "jajaja",
          "ahah",
          "ahahah");
  private static final Set<String> YOU_WORDS =
      Set.of(
          "you",
          "your",
          "you're",
          "yourself",
          "yourselves",
          "usted",
          "tu",
          "voi",
          "chi",
          "ti",
          "chdi");

  /** Light two-word phrases, as "first second" keys (the second may follow one word later). */
  private static final Map<String, Set<String>> LIGHT_PAIRS =
      pairs(
          "keep posted",
          "stay tuned",
          "should have",
          "guess what",
          "guess the",
          "top trumps",
          "fun fact",
          "what fun",
          "good times",
          "never dull",
          "dull moment",
          "my ick",
          "who wins",
          "busy night",
          "what a",
          "oscar worthy",
          "popcorn ready",
          "not forgotten");

  private static final int F_PROFANE = 1;
  private static final int F_HARM = 2;
  private static final int F_PATIENT = 4;
  private static final int F_MOCK = 8;
  private static final int F_LAUGH = 16;
  private static final int F_YOU = 32;
  private static final int F_NEGATIVE = 64;
  private static final int F_POSITIVE = 128;

  /**
   * Every word cue in one table, so a token costs one hash lookup: the word sets above, and VADER
   * words (plus their plural in -s, since VADER lists singulars) that are strongly negative but not
   * illness or loss, or strongly positive.
   */
  private static final Map<String, Integer> WORD_FLAGS = wordFlags();

  private ToneCues() {}

  private static Map<String, Integer> wordFlags() {
    Map<String, Integer> out = new HashMap<>();
    VALENCE.forEach(
        (w, v) -> {
          boolean neg = v.charAt(0) == '-';
          if (neg && (NOT_NEGATIVE.contains(w) || HARM_WORDS.contains(w))) {
            return;
          }
          int flag = neg ? F_NEGATIVE : F_POSITIVE;
          out.merge(w, flag, (a, b) -> a | b);
          String plural = w + "s";
          if (!VALENCE.containsKey(plural)
              && !NOT_NEGATIVE.contains(plural)
              && !HARM_WORDS.contains(plural)) {
            out.merge(plural, flag, (a, b) -> a | b);
          }
        });
    PROFANE.forEach(w -> out.merge(w, F_PROFANE, (a, b) -> a | b));
    DOTTED_PROFANE.forEach(w -> out.merge(w, F_PROFANE, (a, b) -> a | b));
    HARM_WORDS.forEach(w -> out.merge(w, F_HARM, (a, b) -> a | b));
    PATIENT_WORDS.forEach(w -> out.merge(w, F_PATIENT, (a, b) -> a | b));
    MOCK_WORDS.forEach(w -> out.merge(w, F_MOCK, (a, b) -> a | b));
    LAUGH_WORDS.forEach(w -> out.merge(w, F_LAUGH, (a, b) -> a | b));
    YOU_WORDS.forEach(w -> out.merge(w, F_YOU, (a, b) -> a | b));
    // A HashMap, not Map.copyOf: looked up for every word of every post, it mostly answers after
    // comparing one cached hash, where Map.copyOf's table compares the word with entry after entry.
    return Collections.unmodifiableMap(out);
  }

  /** Cues and features of a post, in one pass over its tokens. */
  public static Result of(List<Token> tokens) {
    Map<String, Cue> cues = new HashMap<>();
    // Word keys and emoji are features as they stand (no prefix, no copy): cue names contain spaces
    // and
    // combinations a '+', so neither can collide with a token key.
    List<String> features = new ArrayList<>(tokens.size() + 8);
    features.add("<bias>");
    int prev = -1;
    int prev2 = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = t.key();
      if (t.type() == TokenType.EMOJI) {
        String e = stripVariation(t.text());
        features.add(e);
        if (PARTY_EMOJI.contains(e)) {
          cue(cues, PARTY, t, t);
        } else if (LAUGH_EMOJI.contains(e)) {
          cue(cues, LAUGH, t, t);
        } else if (EYEROLL_EMOJI.contains(e)) {
          cue(cues, EYEROLL, t, t);
        }
        continue;
      }
      if (t.type() == TokenType.PUNCT && t.text().indexOf('*') >= 0) {
        masked(cues, features, tokens, i);
        continue;
      }
      if (t.type() != TokenType.WORD) {
        if (t.type() == TokenType.PUNCT && t.text().startsWith("!")) {
          features.add("!");
        }
        continue;
      }
      features.add(k);
      int f = WORD_FLAGS.getOrDefault(k, 0);
      if (prev >= 0) {
        pair(cues, tokens, prev, prev2, t, LIGHT_PAIRS, LIGHT);
        pair(cues, tokens, prev, prev2, t, MOCK_PAIRS, MOCK);
      }
      prev2 = prev;
      prev = i;
      String plain = f == 0 ? deleet(k) : k;
      if ((f & F_PROFANE) != 0 || plain != k && PROFANE.contains(plain)) {
        cue(cues, PROFANITY, t, t);
      }
      if (f == 0) {
        continue;
      }
      if ((f & F_HARM) != 0) {
        cue(cues, HARM, t, t);
      }
      if ((f & F_PATIENT) != 0) {
        cue(cues, PATIENT, t, t);
      }
      if ((f & F_MOCK) != 0) {
        cue(cues, MOCK, t, t);
      }
      if ((f & F_LAUGH) != 0) {
        cue(cues, LAUGH, t, t);
      }
      if ((f & F_YOU) != 0) {
        cue(cues, YOU, t, t);
      }
      if ((f & F_NEGATIVE) != 0) {
        cue(cues, NEGATIVE, t, t);
      } else if ((f & F_POSITIVE) != 0) {
        cue(cues, POSITIVE, t, t);
      }
    }
    Cue negative = cues.get(NEGATIVE);
    if (negative != null
        && (cues.containsKey(YOU)
            || cues.containsKey(PATIENT)
            || cues.containsKey(EYEROLL)
            || cues.containsKey(MOCK))) {
      cues.put(HOSTILE, new Cue(HOSTILE, negative.start(), negative.end()));
    }
    List<String> names = new ArrayList<>(cues.keySet());
    names.sort(null);
    features.addAll(names);
    for (int a = 0; a < names.size(); a++) {
      for (int b = a + 1; b < names.size(); b++) {
        features.add(names.get(a) + "+" + names.get(b));
      }
    }
    return new Result(features.toArray(new String[0]), cues);
  }

  /**
   * Masked swearing: a word with stars straight after it ("F*****"), or stars inside a word
   * ("sh*t", "f**k"). Called at the first star; footnote stars ("T&amp;Cs*") and star ratings
   * ("5*") do not count.
   */
  private static void masked(
      Map<String, Cue> cues, List<String> features, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i == 0
        || tokens.get(i - 1).type() != TokenType.WORD
        || tokens.get(i - 1).end() != t.start()
        || tokens.get(i - 1).text().indexOf('*') >= 0) {
      return;
    }
    int j = i;
    while (j + 1 < tokens.size()
        && tokens.get(j + 1).start() == tokens.get(j).end()
        && tokens.get(j + 1).text().equals("*")) {
      j++;
    }
    int stars = j - i + 1;
    Token last = tokens.get(j);
    if (j + 1 < tokens.size()
        && tokens.get(j + 1).start() == last.end()
        && tokens.get(j + 1).type() == TokenType.WORD) {
      last = tokens.get(j + 1);
      stars++;
    }
    if (stars >= 2) {
      cue(cues, MASKED, tokens.get(i - 1), last);
    }
  }

  /** A two-word cue ending at {@code t}: the first word right before it or one word earlier. */
  private static void pair(
      Map<String, Cue> cues,
      List<Token> tokens,
      int prev,
      int prev2,
      Token t,
      Map<String, Set<String>> pairs,
      String name) {
    if (prev >= 0 && pairs.getOrDefault(tokens.get(prev).key(), Set.of()).contains(t.key())) {
      cue(cues, name, tokens.get(prev), t);
    } else if (prev2 >= 0
        && pairs.getOrDefault(tokens.get(prev2).key(), Set.of()).contains(t.key())) {
      cue(cues, name, tokens.get(prev2), t);
    }
  }

  /** Indexes "first second" phrases by their first word, so matching needs no string building. */
  private static Map<String, Set<String>> pairs(String... phrases) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String p : phrases) {
      int sp = p.indexOf(' ');
      out.computeIfAbsent(p.substring(0, sp), x -> new java.util.HashSet<>())
          .add(p.substring(sp + 1));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return Collections.unmodifiableMap(frozen);
  }

  private static void cue(Map<String, Cue> cues, String name, Token from, Token to) {
    cues.putIfAbsent(name, new Cue(name, from.start(), to.end()));
  }

  /** Undoes the common digit and symbol disguises of a swear word ("sh1t", "a$$"). */
  static String deleet(String k) {
    boolean any = false;
    for (int i = 0; i < k.length() && !any; i++) {
      any = "013457@$".indexOf(k.charAt(i)) >= 0;
    }
    if (!any) {
      return k;
    }
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      int j = "013457@$".indexOf(c);
      b.append(j < 0 ? c : "oieastas".charAt(j));
    }
    return b.toString();
  }

  private static String stripVariation(String s) {
    int cut = s.indexOf('\uFE0F');
    String e = cut < 0 ? s : s.substring(0, cut);
    int zwj = e.indexOf('\u200D');
    return zwj < 0 ? e : e.substring(0, zwj);
  }

  /**
   * Reads a lexicon: one entry a line, '#' comments; with {@code tabbed}, the value after the first
   * tab.
   */
  private static Map<String, String> load(String name, boolean tabbed) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = ToneCues.class.getResourceAsStream("/hst/lexicons/" + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon hst/lexicons/" + name + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tabbed && tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1));
        } else {
          out.put(line.strip(), "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon hst/lexicons/" + name, e);
    }
    return Collections.unmodifiableMap(out);
  }
}
