package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Words saying a patient image is shown: a photo, video or clinical image (X-ray, scan, CT, MRI) of
 * or from a person ("photo of her scan", "X-ray from resus", "MRI from a 58-year-old"), or a
 * whiteboard, bed board or patient list in shot. Photos of a building, equipment ("MRI scanner") or
 * the team pass.
 */
@RuleDefinition(
    id = "privacy.patient-media",
    kind = Kind.MEDIA,
    severity = Severity.WARNING,
    summary = "Image, video or screenshot of a patient, their records or a whiteboard",
    message = "'{text}' says an image of a patient, their records or a patient board is shown.",
    suggestion =
        "Do not post it unless the patient gave written consent and nothing else identifying is in shot;"
            + " check boards and screens in the background.",
    guidance = "https://www.gmc-uk.org/professionals/ethical-guidance/doctors-use-of-social-media",
    source = "HIPAA Safe Harbor (Q) photographs; NMC social media guidance",
    regional =
        "US https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html HHS: HIPAA de-identification guidance (Safe Harbor)",
    flags = {
      "[[Photo of her CT]] below – look at the size of it!",
      "[[X-ray]] from resus last night. He's fine",
      "[[Pic of our ward whiteboard]] this morning",
      "Ignore the [[bed board]] behind us 🙈",
      "Case of the week: [[MRI]] from a 58-year-old builder. Can you spot the bleed?",
      "Doris loved her tea party on the ward today and we [[snapped her]] with the cake",
      "Forgot to hide the [[screen]] behind me, oops",
      "Doris went home today after six weeks with us. [[Photo]] shared with permission",
      "[[Image description]]: an older man in a hospital bed holding up a birthday card",
      "Ecco la [[foto della signora Rosa]] nel suo letto",
      "[[Clip]] from resus last night, watch till the end",
      "[[Photo]]: a boy in a hospital bed with his nurse"
    },
    passes = {
      "Look at our brand new children's waiting room! Photos below 👇",
      "Our new MRI scanner is finally here",
      "[Image description: six staff in uniforms smiling outside the building]",
      "Book your scan online",
      "Pictured: our new team of healthcare assistants",
      "Our screens in reception now show waiting times",
      "Thank you Doris for the cake! Photos of the team below",
      "We have a new whiteboard in the staff room for shift swaps",
      "Photo: the new entrance to the children's outpatients"
    })
public final class PatientMediaRule extends PrivacyRule {

  /**
   * Words for a picture or a video in general; {@link #MEDIA} adds the boards, screens and clinical
   * images.
   */
  private static final List<String> GENERAL_MEDIA =
      List.of(
          "photo",
          "photos",
          "pic",
          "pics",
          "picture",
          "pictures",
          "image",
          "images",
          "video",
          "videos",
          "clip",
          "footage",
          "selfie",
          "screenshot",
          "screengrab",
          "board",
          "foto",
          "immagine",
          "llun",
          "lun",
          "luniau",
          "imagen",
          "imágenes",
          "immagini",
          "before and after pics",
          "before and after photos",
          "before and after pictures",
          "snap",
          "snaps",
          "reel",
          "gif",
          "selfies",
          "fotos",
          "fotografía",
          "fotografia",
          "fotografie",
          "vídeo",
          "vídeos",
          "lluniau",
          "fideo",
          "radiografía",
          "ecografía",
          "ecografia",
          "sgan",
          "pelydr-x",
          "📷",
          "📸",
          "🎥",
          "📹",
          "selfie with",
          "photo with",
          "pic with",
          "picture with",
          "photos with",
          "pics with",
          "foto con",
          "llun gyda",
          "swipe",
          "swipe to see",
          "swipe for",
          "image description",
          "image desc",
          "alt text");

  /**
   * Photos of groups and places, not of the patient the post names ("photos of the team", "pics of
   * the ward").
   */
  private static final Set<String> GROUP_SHOTS =
      Set.of(
          "team",
          "teams",
          "staff",
          "colleagues",
          "building",
          "ward",
          "unit",
          "garden",
          "room",
          "volunteers",
          "everyone",
          "us",
          "equipo",
          "squadra",
          "tîm");

  /**
   * Media words that say by themselves that an image is shown ("selfie with", "swipe to see", a
   * camera emoji).
   */
  private static final Set<String> SHOWN_ITSELF =
      Set.of(
          "selfie with",
          "photo with",
          "pic with",
          "picture with",
          "photos with",
          "pics with",
          "foto con",
          "llun gyda",
          "swipe",
          "swipe to see",
          "swipe for",
          "📷",
          "📸",
          "🎥",
          "📹",
          "selfie",
          "selfies");

  /**
   * An image description (alt text) that describes a patient: a person noun or patient cue inside
   * it.
   */
  private static final Set<String> DESCRIPTIONS =
      Set.of("image description", "image desc", "alt text");

  private static final Set<String> PATIENT_IN_IMAGE =
      Set.of(
          "patient",
          "patients",
          "bed",
          "wheelchair",
          "gown",
          "drip",
          "cannula",
          "oxygen",
          "incubator",
          "stretcher",
          "trolley",
          "bandaged",
          "plaster",
          "paciente",
          "paziente",
          "claf",
          "letto",
          "cama",
          "gwely");

  /**
   * Screens and monitors count only when the post says they are in shot ("the screen behind me").
   */
  private static final Set<String> SCREENS =
      Set.of("screen", "screens", "monitor", "computer screen", "ward screen");

  private static final Set<String> IN_SHOT =
      Set.of("behind", "background", "shot", "frame", "visible");

  /**
   * Verbs that say someone was photographed or filmed, before the person ("snapped her", "filmed
   * him").
   */
  private static final Set<String> SHOT_VERBS =
      Set.of(
          "snapped",
          "photographed",
          "filmed",
          "pictured",
          "recorded",
          "fotografiado",
          "fotografiada",
          "fotografato",
          "fotografata",
          "filmado",
          "filmada",
          "ripreso",
          "ripresa");

  private static final Set<String> OBJECT_PERSON =
      Set.of(
          "her", "him", "them", "mr", "mrs", "ms", "miss", "baby", "little", "grandad", "grandma",
          "nan", "mum", "dad", "la", "lo", "hi", "fe");
  private static final Set<String> BOARDS =
      Set.of(
          "whiteboard",
          "white board",
          "bed board",
          "patient board",
          "patient list",
          "handover sheet",
          "bwrdd gwyn",
          "pizarra",
          "lavagna");
  private static final Set<String> CLINICAL =
      Set.of(
          "x-ray",
          "x-rays",
          "xray",
          "scan",
          "scans",
          "ct",
          "ct scan",
          "mri",
          "mri scan",
          "ultrasound",
          "ecg",
          "20 week scan",
          "12 week scan",
          "20-week scan",
          "12-week scan",
          "radiografia");

  /**
   * Every word that can name a picture of a patient: the general words, boards, screens and
   * clinical images.
   */
  private static final Lexicon MEDIA =
      Lexicon.of(
          Stream.concat(
                  GENERAL_MEDIA.stream(),
                  // Sorted: a set's order changes from run to run, and entries with the same keys
                  // ("12 week scan", "12-week scan") must resolve the same way every time.
                  Stream.of(BOARDS, SCREENS, CLINICAL).flatMap(set -> set.stream().sorted()))
              .toList());

  private static final Set<String> EQUIPMENT =
      Set.of(
          "scanner",
          "scanners",
          "machine",
          "suite",
          "unit",
          "department",
          "appointment",
          "appointments",
          "service",
          "clinic",
          "team",
          "results",
          "booking",
          "waiting",
          "room",
          "list");
  private static final Set<String> OF_PERSON =
      Set.of(
          "her",
          "his",
          "their",
          "him",
          "mr",
          "mrs",
          "ms",
          "miss",
          "a",
          "the",
          "our",
          "patient",
          "patient's",
          "baby",
          "little");
  private static final Set<String> SHOWN =
      Set.of(
          "below",
          "attached",
          "here",
          "here's",
          "this",
          "look",
          "see",
          "swipe",
          "spot",
          "from",
          "share",
          "shared",
          "sharing",
          "check",
          "above",
          "guess",
          "week",
          "👇",
          "⬇️",
          "taken",
          "snapped",
          "caught",
          "abajo",
          "sotto",
          "isod",
          "yma",
          "aquí",
          "qui",
          "ecco",
          "dyma",
          "mira",
          "guarda",
          "gweler");

  public PatientMediaRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    PostFacts facts = null;
    for (int i = 0; i < tokens.size(); i++) {
      Lexicon.Match m = MEDIA.longestAt(post, i);
      if (m == null) {
        continue;
      }
      int end = m.end();
      i = end - 1;
      String entry = m.entry().toLowerCase(java.util.Locale.ROOT);
      if (end < tokens.size() && EQUIPMENT.contains(tokens.get(end).key())) {
        continue;
      }
      if (entry.equals("board")
          && !(m.first() > 0 && tokens.get(m.first() - 1).key().equals("bed"))) {
        continue;
      }
      if (SCREENS.contains(entry) && !near(post, m, IN_SHOT, 3)) {
        continue;
      }
      if (facts == null) {
        facts = PostFacts.of(post, profile);
      }
      String why = null;
      boolean ofPerson =
          end + 1 < tokens.size()
              && (tokens.get(end).key().equals("of")
                      && OF_PERSON.contains(tokens.get(end + 1).key())
                  || OF.containsKey(tokens.get(end).key()) && whose(post, end + 1));
      boolean boardOf =
          end + 2 < tokens.size()
              && OF.containsKey(tokens.get(end).key())
              && "board".equals(nextMedia(post, end + 1));
      if (colonDescription(post, m)) {
        if (!describesPatient(post, end + 1)) {
          continue;
        }
        why = "an image description that describes a patient";
      } else if (DESCRIPTIONS.contains(entry)) {
        if (!describesPatient(post, end)) {
          continue;
        }
        why = "an image description that describes a patient";
      } else if (boardOf) {
        why = "a photo of a board, which shows patients' details";
      } else if (fromScene(post, end)) {
        why = "a picture or clip from a care scene ('" + tokens.get(end + 1).text() + "')";
      } else if (BOARDS.contains(entry) && !pictured(post, m)) {
        continue; // "a new whiteboard in the staff room": mentioned, not shown
      } else if (BOARDS.contains(entry) || SCREENS.contains(entry)) {
        why = "patient boards and lists show other patients' details";
      } else if (ofPerson
          && (!tokens.get(end + 1).key().equals("our") && !tokens.get(end + 1).key().equals("the")
              || BOARDS.contains(nextMedia(post, end + 2)))) {
        why =
            "an image of a person ('"
                + tokens.get(end).text()
                + " "
                + tokens.get(end + 1).text()
                + "')";
      } else if (CLINICAL.contains(entry)
          && !counted(post, m.first())
          && (shownNear(post, m) || facts.tiedToPerson(m.first()))) {
        why = "a clinical image shown in the post";
      } else if (!CLINICAL.contains(entry)
          && (facts.individualSentence[tokens.get(m.first()).sentence()]
              || facts.hasPatient() && !near(post, m, GROUP_SHOTS, 4))
          && facts.patientStory()
          && (shownNear(post, m) || SHOWN_ITSELF.contains(entry))) {
        why = "an image shown in a story about one patient";
      }
      if (why == null) {
        continue;
      }
      int s = tokens.get(m.first()).start();
      int e = tokens.get(end - 1).end();
      if (ofPerson) {
        int j = Math.min(tokens.size(), end + 3);
        int k = end + 1;
        while (k + 1 < j && tokens.get(k + 1).isWord()) {
          k++;
        }
        e = tokens.get(k).end();
        i = k;
        for (int b = end + 2; b < Math.min(tokens.size(), end + 5); b++) {
          Lexicon.Match board = MEDIA.longestAt(post, b);
          if (board != null && BOARDS.contains(board.entry().toLowerCase(java.util.Locale.ROOT))) {
            e = tokens.get(board.end() - 1).end();
            i = board.end() - 1;
            break;
          }
        }
      }
      emit(
          post,
          sink,
          s,
          e,
          Severity.WARNING,
          null,
          null,
          new Explanation("image mention", 0.75, List.of(why)));
    }
    shotVerbs(post, sink);
  }

  /** "snapped her", "filmed him": someone photographed, in a sentence about one person. */
  private void shotVerbs(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!SHOT_VERBS.contains(tokens.get(i).key())
          || !OBJECT_PERSON.contains(tokens.get(i + 1).key())) {
        continue;
      }
      PostFacts facts = PostFacts.of(post, profile);
      if (facts.individualSentence[tokens.get(i).sentence()] && facts.patientStory()) {
        emit(
            post,
            sink,
            tokens.get(i).start(),
            tokens.get(i + 1).end(),
            Severity.WARNING,
            null,
            null,
            new Explanation(
                "image mention",
                0.7,
                List.of(
                    "'" + tokens.get(i).text() + "' says a person was photographed or filmed",
                    "a story about one patient (+)")));
      }
    }
  }

  /**
   * True if the description after token {@code from} (to its bracket or sentence end) shows a
   * patient.
   */
  private static boolean describesPatient(AnalyzedPost post, int from) {
    List<Token> tokens = post.tokens();
    int sentence = from < tokens.size() ? tokens.get(from).sentence() : -1;
    for (int j = from; j < tokens.size() && j < from + 30; j++) {
      Token t = tokens.get(j);
      if (t.text().equals("]")
          || t.text().equals(")")
          || t.sentence() != sentence && j > from + 1) {
        break;
      }
      if (PATIENT_IN_IMAGE.contains(t.key())
          || WHOSE.longestAt(post, j) != null
          || PostFacts.PERSON_NOUNS.contains(t.key()) && !t.key().equals("patient")
          || t.key().equals("patient")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Map<String, Lexicon> CUES =
      ReplyWords.sections("/hst/lexicons/patient-media-cues.txt");
  private static final Lexicon OF = CUES.get("of");
  private static final Lexicon WHOSE = CUES.get("whose");
  private static final Lexicon SCENE = CUES.get("scene");
  private static final Lexicon COLON = CUES.get("colon");

  /**
   * True if token {@code i} starts one person: a title ("Mrs", "signora", "don"), a person noun or
   * a capitalised first name.
   */
  private static boolean whose(AnalyzedPost post, int i) {
    Token t = post.tokens().get(i);
    return WHOSE.longestAt(post, i) != null
        || PostFacts.PERSON_NOUNS.contains(t.key())
        || t.isCapitalised() && PrivacyLexicons.FIRST_NAMES.contains(t.key());
  }

  /**
   * "500 X-rays a week", "our scans": a count or the organisation's own, not one patient's image.
   */
  private static boolean counted(AnalyzedPost post, int first) {
    if (first == 0) {
      return false;
    }
    Token before = post.tokens().get(first - 1);
    return startsWithDigit(before) || ClinicalFrames.OURS.containsKey(before.key());
  }

  /** "Photo: a boy in a hospital bed", "[image: ...]": a picture word with a colon after it. */
  private static boolean colonDescription(AnalyzedPost post, Lexicon.Match m) {
    List<Token> tokens = post.tokens();
    return m.end() < tokens.size()
        && tokens.get(m.end()).text().equals(":")
        && COLON.longestAt(post, m.first()) != null;
  }

  /** "video from last night's shout", "clip from resus": a picture from a care scene. */
  private static boolean fromScene(AnalyzedPost post, int end) {
    List<Token> tokens = post.tokens();
    return end + 1 < tokens.size()
        && tokens.get(end).key().equals("from")
        && SCENE.longestAt(post, end + 1) != null;
  }

  /**
   * True if the sentence of a board says it is in a picture: a picture word or "behind", "shot".
   */
  private static boolean pictured(AnalyzedPost post, Lexicon.Match m) {
    List<Token> tokens = post.tokens();
    // the sentences of the board's first and last words: a line break inside "bed\nboard" splits
    // them
    int from = tokens.get(m.first()).sentence();
    int to = tokens.get(m.end() - 1).sentence();
    for (int j = Math.max(0, m.first() - 6); j < Math.min(tokens.size(), m.end() + 6); j++) {
      int s = tokens.get(j).sentence();
      if (s < from || s > to || j >= m.first() && j < m.end()) {
        continue;
      }
      Lexicon.Match p = MEDIA.longestAt(post, j);
      if (p != null && GENERAL_MEDIA.contains(p.entry().toLowerCase(java.util.Locale.ROOT))
          || IN_SHOT.contains(tokens.get(j).key())
          || SHOWN.contains(tokens.get(j).key())) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(AnalyzedPost post, Lexicon.Match m, Set<String> words, int window) {
    List<Token> tokens = post.tokens();
    int sentence = tokens.get(m.first()).sentence();
    for (int j = Math.max(0, m.first() - window);
        j < Math.min(tokens.size(), m.end() + window);
        j++) {
      if (tokens.get(j).sentence() == sentence && words.contains(tokens.get(j).key())) {
        return true;
      }
    }
    return false;
  }

  private static String nextMedia(AnalyzedPost post, int i) {
    for (int j = i; j < Math.min(post.tokens().size(), i + 3); j++) {
      Lexicon.Match m = MEDIA.longestAt(post, j);
      if (m != null) {
        return m.entry().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }

  private static boolean shownNear(AnalyzedPost post, Lexicon.Match m) {
    List<Token> tokens = post.tokens();
    for (int j = Math.max(0, m.first() - 3); j < Math.min(tokens.size(), m.end() + 3); j++) {
      if (SHOWN.contains(tokens.get(j).key())) {
        return true;
      }
    }
    return false;
  }
}
