package org.healthsocialtools.rules.privacy;

import java.util.List;
import java.util.Set;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A public reply that confirms someone is or was a patient: answering a review or comment with details of their
 * (or their relative's) visit or care ("sorry your wait in our A&amp;E was so long", "your mom's account"). A reply
 * is the post's replyTo, or a draft shaped like one (a leading @handle, "Dear ...", "thank you for your kind
 * words"). Thanks with no care detail pass.
 */
@RuleDefinition(
    id = "privacy.reply-confirms-patient",
    kind = Kind.HEALTH,
    severity = Severity.ERROR,
    summary = "Public reply that confirms someone is a patient",
    message = "This public reply confirms that the person (or their relative) is a patient: '{text}'.",
    suggestion = "Thank them without any detail of their care and move the conversation to a private channel.",
    guidance = "https://www.hhs.gov/hipaa/for-professionals/compliance-enforcement/agreements/index.html",
    source = "HHS OCR resolution agreements on replies to online reviews",
    flags = {
      "Thank you for your feedback. We're sorry [[your wait]] in our A&E on Tuesday was so long.",
      "Hi Denise, so sorry for the wait. I've found [[your mom's]] account",
      "@sam_r Thank you! Glad [[your dad's]] bypass went well"
    },
    passes = {
      "Thank you so much for your kind words – we've passed them on to the team 💙",
      "Sorry your wait was long? Tell us about your experience at our listening event",
      "@sam_r Thanks for the follow!"
    })
public final class ReplyDisclosureRule extends PrivacyRule {

  private static final Set<String> YOUR = Set.of("your", "eich", "tu", "su", "tuo", "tua", "vostro");
  private static final Set<String> RELATIVES = Set.of("mum", "mom", "mother", "dad", "father", "wife", "husband",
      "partner", "son", "daughter", "baby", "child", "nan", "gran", "grandad", "grandma", "grandmother",
      "grandfather", "brother", "sister", "mam", "mab", "merch", "madre", "padre", "hijo", "hija", "marido",
      "esposa", "mamma", "papa", "figlio", "figlia", "marito", "moglie");
  private static final Set<String> CARE = Set.of("wait", "visit", "stay", "care", "treatment", "appointment",
      "operation", "surgery", "results", "admission", "discharge", "procedure", "scan", "test", "diagnosis",
      "recovery", "experience", "account", "record", "records", "bill", "referral", "prescription", "cita", "ricovero",
      "llawdriniaeth", "apwyntiad");

  public ReplyDisclosureRule(RuleContext context) {
    super(context);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    PostFacts facts = PostFacts.of(post, profile);
    if (!facts.replyShaped) {
      return;
    }
    List<Token> tokens = post.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!YOUR.contains(tokens.get(i).key())) {
        continue;
      }
      Token next = tokens.get(i + 1);
      boolean relative = RELATIVES.contains(next.key());
      boolean care = CARE.contains(next.key());
      if (!relative && !care) {
        continue;
      }
      if (care && !careDetail(post, i + 1, facts)) {
        continue;
      }
      emit(post, sink, tokens.get(i).start(), next.end(), Severity.ERROR, null, null, new Explanation(
          "reply detail", 0.85, List.of("the post is a public reply", relative
              ? "'" + next.text() + "': the reply talks about the person's relative's care (+)"
              : "'" + next.text() + "': the reply talks about the person's own care (+)")));
      i++;
    }
  }

  /** "your wait" needs a place or clinical word in the same sentence ("in our A&E", "for her smear results"). */
  private static boolean careDetail(AnalyzedPost post, int i, PostFacts facts) {
    int sentence = post.tokens().get(i).sentence();
    for (var m : facts.health) {
      if (post.tokens().get(m.first()).sentence() == sentence) {
        return true;
      }
    }
    for (var m : facts.patientCues) {
      if (post.tokens().get(m.first()).sentence() == sentence) {
        return true;
      }
    }
    boolean vague = post.tokens().get(i).key().equals("experience");
    for (Token t : post.tokens()) {
      if (t.sentence() == sentence && (t.key().equals("a") && t.text().equals("A") || !vague && t.key().equals("our")
          || Set.of("ward", "clinic", "department", "hospital", "surgery", "practice").contains(t.key()))) {
        return true;
      }
    }
    return false;
  }
}
