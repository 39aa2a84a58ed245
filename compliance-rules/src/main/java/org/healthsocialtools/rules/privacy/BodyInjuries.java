package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.Lexicon;

/**
 * A body part with an injury or treatment, for {@link ClinicalEventRule}: "broken hip", "fractured
 * her wrist", "hip replacement", "had four teeth out", "frattura del femore".
 */
final class BodyInjuries {

  private BodyInjuries() {}

  static final Lexicon BODY =
      Lexicon.fromResource(BodyInjuries.class, "/hst/lexicons/body-parts.txt");

  /** Injury or state words that stand before a body part ("broken hip", "fractured her wrist"). */
  static final Set<String> INJURED =
      Set.of(
          "broken",
          "broke",
          "breaking",
          "fractured",
          "fracturing",
          "dislocated",
          "dislocating",
          "sprained",
          "twisted",
          "cracked",
          "crushed",
          "shattered",
          "injured",
          "damaged",
          "swollen",
          "bruised",
          "burnt",
          "burned",
          "infected",
          "replaced",
          "new",
          "torn",
          "ruptured",
          "snapped",
          "amputated",
          "torri",
          "rota",
          "roto",
          "rotta",
          "rotto",
          "fracturada",
          "fracturado",
          "fratturata",
          "fratturato",
          "lussata",
          "lussato");

  /** Nouns for an injury or treatment after a body part ("hip fracture", "knee replacement"). */
  static final Set<String> INJURY_AFTER =
      Set.of(
          "fracture",
          "fractures",
          "injury",
          "injuries",
          "replacement",
          "replacements",
          "surgery",
          "op",
          "operation",
          "transplant",
          "infection",
          "sprain",
          "dislocation",
          "amputation",
          "break",
          "reconstruction",
          "removal",
          "rota",
          "roto",
          "rotta",
          "rotto",
          "fracturada",
          "fracturado",
          "fratturata",
          "fratturato");

  /**
   * Nouns for an injury or treatment before a body part, with its preposition ("fractura de
   * cadera").
   */
  static final Set<String> INJURY_BEFORE =
      Set.of(
          "fractura",
          "frattura",
          "operada",
          "operado",
          "operata",
          "operato",
          "rotura",
          "lesión",
          "lesion",
          "protesi",
          "prótesis",
          "protesis");

  /** Participles after "had her hip ..." ("had four teeth out", "had his knee replaced"). */
  static final Set<String> DONE_TO =
      Set.of(
          "replaced",
          "removed",
          "out",
          "pinned",
          "plated",
          "reset",
          "set",
          "amputated",
          "stitched",
          "x-rayed",
          "operated",
          "fixed",
          "rebuilt",
          "reconstructed",
          "drained",
          "lasered",
          "scanned",
          "taken",
          "pulled",
          "extracted",
          "filled",
          "straightened",
          "broken",
          "stapled",
          "glued");

  static final Set<String> HAD = Set.of("had", "has", "having", "have", "got", "gets", "getting");
  static final Set<String> LINK =
      Set.of(
          "her", "his", "their", "my", "a", "an", "the", "both", "two", "three", "four", "five",
          "six", "several", "all", "left", "right", "ei", "eu", "la", "el", "su", "il", "lo", "del",
          "della", "de", "di", "al", "alla", "dello", "sua", "suo", "mi", "whole");

  /**
   * "broken hip", "fractured her wrist", "hip replacement", "had four teeth out", "frattura del
   * femore".
   */
  static int[] injury(AnalyzedPost post, int i) {
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    String k = tokens.get(i).key();
    if (INJURED.contains(k) || INJURY_BEFORE.contains(k)) {
      int j = i + 1;
      while (j < n && j < i + 3 && LINK.contains(tokens.get(j).key())) {
        j++;
      }
      Lexicon.Match b = j < n ? BODY.longestAt(post, j) : null;
      if (b != null && !(k.startsWith("broke") && b.entry().equals("heart"))) {
        return new int[] {i, b.end()};
      }
      return null;
    }
    if (HAD.contains(k)) {
      int j = i + 1;
      while (j < n && j < i + 3 && LINK.contains(tokens.get(j).key())) {
        j++;
      }
      Lexicon.Match b = j < n ? BODY.longestAt(post, j) : null;
      if (b != null && b.end() < n && DONE_TO.contains(tokens.get(b.end()).key())) {
        int end = b.end() + 1;
        if (end < n
            && tokens.get(end - 1).key().equals("taken")
            && tokens.get(end).key().equals("out")) {
          end++;
        }
        return new int[] {i, end};
      }
      return null;
    }
    Lexicon.Match b = BODY.longestAt(post, i);
    if (b != null && b.end() < n && INJURY_AFTER.contains(tokens.get(b.end()).key())) {
      return new int[] {i, b.end() + 1};
    }
    return null;
  }
}
