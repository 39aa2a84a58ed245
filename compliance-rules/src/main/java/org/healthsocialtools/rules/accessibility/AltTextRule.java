package org.healthsocialtools.rules.accessibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.MediaItem;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.AnnotatedRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Lexicons;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * An image without a description. With media attached, any image or GIF whose alt text is blank is
 * reported. Without media, the text is read: a picture word pointed at ("photos below", "pic of",
 * "X-ray from", "here's the scan", "swipe", "📸") means an image goes with the post, and unless the
 * post carries its own description ("[Image description: ...]", "Alt text:") it is reported. "Photo
 * ID" and advice about taking photos pass.
 */
@RuleDefinition(
    id = "accessibility.alt-text",
    kind = Kind.ALT_TEXT,
    severity = Severity.WARNING,
    summary = "Image attached or mentioned without a text description",
    message =
        "'{text}': an image goes with this post, but there is no description for people who cannot see it.",
    suggestion =
        "Add alt text that describes the image and repeats any words in it, or an [Image description: ...]"
            + " line.",
    guidance = "https://digital.accessibility.princeton.edu/guidelines/social-media",
    source = "A11-09 (A11Y-PU, GCS, A11Y-OX)",
    flags = {
      "Look at our brand new children's waiting room! [[Photos below]] 👇",
      "[[Pic of]] our ward whiteboard this morning",
      "[[Infographic attached]]: our winter performance at a glance",
      "[[Swipe]] to meet the team behind our new endoscopy unit",
      "Guess what he swallowed? [[X-ray from]] resus last night",
      "Congratulations to Priya and Dev, and here's the 20-week [[scan]] they said we could share",
      "Our new garden is finally finished, see [[pics]]!",
      "The queue at the flu clinic this morning ([[photo]])"
    },
    passes = {
      "Meet the team! [Image description: six staff in blue uniforms outside a glass building]",
      "Please bring photo ID to your appointment",
      "Please do not take photos of other patients on the ward",
      "Book your scan online at any time",
      "We've shared a picture of the new ward on our website",
      "Pictured (L-R): Dr Jane Hill, Sister Ann Cole and Mr Raj Shah with the award",
      "These figures paint a picture of a service under pressure",
      "See photo guidance for your passport application at the front desk",
      "Bring a passport-sized photo (colour) to your first appointment"
    })
public final class AltTextRule extends AnnotatedRule {

  /** The word classes of {@code hst/lexicons/alt-text-words.txt}, loaded once. */
  private static final Map<String, List<String>> WORDS = load();

  private static final Set<String> PICTURES = Set.copyOf(WORDS.get("picture"));
  private static final Set<String> IMAGING = Set.copyOf(WORDS.get("imaging"));

  /** Words after a picture word that point at an image going with the post. */
  private static final Set<String> POINTERS = Set.copyOf(WORDS.get("pointer"));

  /** Words right before a picture word that point at it: "see pic". */
  private static final Set<String> SEE_BEFORE = Set.copyOf(WORDS.get("see-before"));

  private static final Set<String> STANDALONE = Set.copyOf(WORDS.get("standalone"));

  /**
   * Words before a picture word that make it advice about photos rather than a photo: "do not take
   * photos".
   */
  private static final Set<String> NOT_BEFORE = Set.copyOf(WORDS.get("not-before"));

  private static final Set<String> NOT_AN_IMAGE_AFTER = Set.copyOf(WORDS.get("not-an-image-after"));
  private static final Set<String> ELSEWHERE = Set.copyOf(WORDS.get("elsewhere"));
  private static final List<String> DESCRIPTIONS = WORDS.get("description");

  /**
   * Words before "picture" that make it a figure of speech: "paint a picture of", "the bigger
   * picture".
   */
  private static final Set<String> FIGURATIVE_BEFORE = Set.copyOf(WORDS.get("figurative-before"));

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    Lexicons.table(AltTextRule.class, "/hst/lexicons/alt-text-words.txt")
        .forEach((k, v) -> out.put(k, List.of(v.split("\\s*\\|\\s*"))));
    return Map.copyOf(out);
  }

  public AltTextRule(RuleContext context) {
    super();
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    List<MediaItem> media = post.post().media();
    if (!media.isEmpty()) {
      for (MediaItem m : media) {
        if ((m.type().equals("image") || m.type().equals("gif")) && !m.hasAltText()) {
          sink.report(
              0,
              post.text().length(),
              null,
              "An attached "
                  + m.type()
                  + " has no alt text, so people who"
                  + " cannot see it miss what it shows.",
              info().suggestion(),
              Explanation.of("media", "attached " + m.type() + " without alt text"));
          return;
        }
      }
      return;
    }
    String lower = post.text().toLowerCase(java.util.Locale.ROOT);
    for (String d : DESCRIPTIONS) {
      if (lower.contains(d)) {
        return;
      }
    }
    List<Token> tokens = post.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = t.key();
      if (STANDALONE.contains(k)
          || STANDALONE.contains(t.text())
          || k.equals("swipe")
              && Set.of("to", "through", "left", "right", "for").contains(nextWord(tokens, i))) {
        sink.report(t.start(), t.end(), null, Explanation.of("image cue", "'" + t.text() + "'"));
        return;
      }
      if (t.type() != TokenType.WORD || !PICTURES.contains(joinHyphen(tokens, i))) {
        continue;
      }
      int end = joinHyphen(tokens, i).contains("-") ? i + 2 : i;
      String next = nextWord(tokens, end);
      if (NOT_AN_IMAGE_AFTER.contains(next) || advice(tokens, i) || figurative(tokens, i)) {
        continue;
      }
      boolean imaging = IMAGING.contains(joinHyphen(tokens, i));
      int[] span = null;
      if (POINTERS.contains(next)) {
        span = new int[] {t.start(), tokens.get(nextIndex(tokens, end)).end()};
      } else if (elsewhere(tokens, i)) {
        continue;
      } else if (next.equals("of") && !imaging || next.equals("from") && imaging) {
        span = new int[] {t.start(), tokens.get(nextIndex(tokens, end)).end()};
      } else if (pointedAt(tokens, i, imaging)
          || i > 0 && SEE_BEFORE.contains(tokens.get(i - 1).key()) && endsPhrase(tokens, end)
          || bracketed(post.text(), t)) {
        span = new int[] {t.start(), tokens.get(end).end()};
      }
      if (span != null) {
        sink.report(span[0], span[1], null, Explanation.of("image cue", "picture word pointed at"));
        return;
      }
    }
  }

  /** True when no word of the same sentence follows token {@code i}: "... see pics!". */
  private static boolean endsPhrase(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    return next.type() != TokenType.WORD || next.sentence() != tokens.get(i).sentence();
  }

  /**
   * "(photo)", "[pic]": a picture word alone in brackets, the way people mark where an image goes.
   */
  private static boolean bracketed(String text, Token t) {
    int before = t.start() - 1;
    int after = t.end();
    if (before < 0 || after >= text.length()) {
      return false;
    }
    char open = text.charAt(before);
    char close = text.charAt(after);
    return open == '(' && close == ')' || open == '[' && close == ']';
  }

  /**
   * The picture is somewhere else: "photos from the day are on our website", "we've posted a
   * picture of...".
   */
  private static boolean elsewhere(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 3); j < Math.min(tokens.size(), i + 9); j++) {
      if (ELSEWHERE.contains(tokens.get(j).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "paint a picture of", "the bigger picture", "a picture of health": pictures that are not
   * images.
   */
  private static boolean figurative(List<Token> tokens, int i) {
    if (!tokens.get(i).key().startsWith("picture")) {
      return false;
    }
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (FIGURATIVE_BEFORE.contains(tokens.get(j).key())) {
        return true;
      }
    }
    return i + 2 < tokens.size()
        && tokens.get(i + 1).key().equals("of")
        && tokens.get(i + 2).key().equals("health");
  }

  private static boolean advice(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (NOT_BEFORE.contains(tokens.get(j).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "here's" or "here is" within six tokens before the picture word, or "this", "these", "our"
   * right before.
   */
  private static boolean pointedAt(List<Token> tokens, int i, boolean imaging) {
    for (int j = Math.max(0, i - 6); j < i; j++) {
      String k = tokens.get(j).key();
      String raw = tokens.get(j).text().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
      if (raw.equals("here's")
          || k.equals("here") && j + 1 < i && tokens.get(j + 1).key().equals("is")
          || !imaging
              && (k.equals("this") || k.equals("these") || k.equals("our"))
              && tokens.get(i).sentence() == tokens.get(j).sentence()
              && i - j == 1) {
        return true;
      }
    }
    return false;
  }

  private static String joinHyphen(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i + 2 < tokens.size()
        && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 2).start() == tokens.get(i + 1).end()
        && t.end() == tokens.get(i + 1).start()) {
      return t.key() + "-" + tokens.get(i + 2).key();
    }
    return t.key();
  }

  private static int nextIndex(List<Token> tokens, int i) {
    return Math.min(i + 1, tokens.size() - 1);
  }

  private static String nextWord(List<Token> tokens, int i) {
    return i + 1 < tokens.size() ? tokens.get(i + 1).key() : "";
  }
}
