package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * Ward, bay, bed, room and side-room numbers, and named wards ("Cedar Ward", "Ward Dyfi"), when
 * they are tied to a person: the sentence refers to one individual, or the post is a care story
 * about someone. "Ward 7 has reopened" is about a place and passes.
 */
@RuleDefinition(
    id = "privacy.ward-bed",
    kind = Kind.LOCATION,
    severity = Severity.WARNING,
    summary = "Ward, bay, bed or room of an identifiable patient",
    message = "'{text}' says where a patient is.",
    suggestion = "Leave the ward, bay, bed or room out ('a patient on one of our wards').",
    guidance = "https://www.gmc-uk.org/professionals/ethical-guidance/doctors-use-of-social-media",
    source = "HIPAA Safe Harbor (B) and (R)",
    regional =
        "US https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html HHS: HIPAA de-identification guidance (Safe Harbor)",
    flags = {
      "Lady in [[bay 3]] [[bed 2]] has asked for tea 11 times",
      "the gent in [[bed 7]] has pulled his drip out",
      "Everyone on [[Cedar Ward]] has been celebrating with Dorothy",
      "Shoutout to Margaret in [[side room 4]] who taught us whist",
      "Mrs Gwen Lloyd, [[Gwely 4]], [[Ward Hafan]] – mae eich merch wedi ffonio",
      "need a redraw for him on [[6 West]], [[rm 614B]]",
      "la signora Maria, ricoverata al [[letto 12]]"
    },
    passes = {
      "Good news: Ward 7 at St Aidan's Hospital reopened this morning. It has 24 beds.",
      "Pic of our whiteboard – not a single empty bed on Ward 7!",
      "Congratulations to Joy Adeyemi, Ward Manager",
      "Visiting on our adult wards is now 11am–8pm"
    })
public final class WardBedRule extends PrivacyRule {

  private static final Set<String> PLACE =
      Set.of(
          "ward",
          "bay",
          "bed",
          "room",
          "rm",
          "cubicle",
          "gwely",
          "letto",
          "stanza",
          "camera",
          "habitacion",
          "cama",
          "box",
          "bedspace",
          "pod",
          "cubiculo",
          "side-room",
          "sr");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");
  private static final Set<String> NOT_A_WARD_NAME =
      Set.of(
          "the",
          "our",
          "a",
          "this",
          "each",
          "every",
          "any",
          "children",
          "maternity",
          "surgical",
          "medical",
          "acute",
          "adult",
          "elderly",
          "stroke",
          "cardiac",
          "new",
          "manager",
          "managers",
          "sister",
          "round",
          "rounds",
          "clerk",
          "staff",
          "nurse",
          "nurses",
          "team",
          "visiting",
          "one",
          "your",
          "his",
          "her",
          "my",
          "that",
          "on",
          "from",
          "at",
          "to",
          "in");

  public WardBedRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<Token> tokens = post.tokens();
    PostFacts facts = null;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = tokens.get(i + 1);
      int s = -1;
      int e = -1;
      String what = null;
      if (PLACE.contains(t.key()) && t.isWord() && numberLike(next)) {
        s = t.start();
        e = next.end();
        if (i > 0 && tokens.get(i - 1).key().equals("side")) {
          s = tokens.get(i - 1).start();
        }
        what = "'" + t.text() + "' and a number";
      } else if (t.key().equals("ward")
          && next.isWord()
          && next.isCapitalised()
          && !NOT_A_WARD_NAME.contains(next.key())
          && !PrivacyLexicons.STAFF_TITLES.containsKey(next.key())
          && !PrivacyLexicons.commonWord(next.key(), 3000)) {
        s = t.start();
        e = next.end();
        what = "a named ward";
      } else if (next.key().equals("ward")
          && Character.isUpperCase(next.text().charAt(0))
          && t.isWord()
          && t.isCapitalised()
          && !NOT_A_WARD_NAME.contains(t.key())
          && !PrivacyLexicons.commonWord(t.key(), 1000)) {
        s = t.start();
        e = next.end();
        what = "a named ward";
      } else if (t.type() == TokenType.NUMBER
          && t.text().length() <= 2
          && COMPASS.contains(next.key())
          && next.isCapitalised()) {
        s = t.start();
        e = next.end();
        what = "a floor and wing";
      }
      if (s < 0) {
        continue;
      }
      if (facts == null) {
        facts = PostFacts.of(post, profile);
      }
      if (!facts.tiedToPerson(i) && !facts.patientStory()) {
        continue;
      }
      emit(
          post,
          sink,
          s,
          e,
          Severity.WARNING,
          null,
          null,
          new Explanation(
              "place in hospital",
              0.75,
              List.of(
                  what,
                  facts.tiedToPerson(i)
                      ? "the sentence is about one person (+)"
                      : "a care story (+)")));
      i++;
    }
  }

  private static boolean numberLike(Token t) {
    if (t.type() == TokenType.NUMBER) {
      return t.text().length() <= 4 && !t.text().contains(",");
    }
    String k = t.key();
    return t.isWord()
        && k.length() <= 5
        && Character.isDigit(k.charAt(0))
        && !k.endsWith("am")
        && !k.endsWith("pm")
        && k.chars().filter(Character::isLetter).count() <= 1;
  }
}
