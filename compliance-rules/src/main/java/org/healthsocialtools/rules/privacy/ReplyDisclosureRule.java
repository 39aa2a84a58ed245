package org.healthsocialtools.rules.privacy;

import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Kind;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleDefinition;

/**
 * A public reply that confirms someone is or was a patient by naming their care: "we're sorry your
 * husband's stay on Ward 6 was difficult", "as your records show, you missed three appointments",
 * "we hope your knee is healing after the surgery". Regulators have fined practices for exactly
 * these answers to online reviews, even when the reply names no one and only repeats what the
 * reviewer wrote.
 *
 * <p>A sentence discloses when it holds a care item (a condition or procedure, a care event, a body
 * part, records, a relative, "you were seen") tied to the person answered ("your", "eich", "su",
 * "suo", or the item follows the person: "la estancia de su marido") and something that makes it
 * about one real episode (a past event, a date, a place of care, sympathy or good wishes), or, in a
 * post that is a reply, the care item alone. With the comment the reply answers ({@link
 * org.healthsocialtools.Post#inReplyTo}), a care item the reviewer wrote about themselves that the
 * reply repeats is evidence too. The comment is never reported: every span is in the reply.
 *
 * <p>Passes: general answers ("parking is free after 6pm", "you can book a flu jab online"), thanks
 * with no care detail, a named staff member who will call back, and refusals ("we can't discuss
 * anyone's care here"). The suggestion is the safe reply: thanks, no detail, no confirmation, a
 * private channel (the profile's published e-mail or number when it has one). The detection is
 * {@link ReplyDetails}, shared through {@link PostFacts} so that the name and place rules know when
 * a reply is a care story.
 */
@RuleDefinition(
    id = "privacy.reply-confirms-patient",
    kind = Kind.HEALTH,
    severity = Severity.ERROR,
    summary = "Public reply that confirms someone is a patient",
    message =
        "This public reply confirms that the person (or their relative) is a patient: '{text}'.",
    suggestion =
        "Reply without confirming they are a patient or any detail of their care: \"Thank you for your "
            + "feedback. We'd like to hear more - please contact our patient experience team by private message so we "
            + "can look into this.\"",
    guidance =
        "https://www.hhs.gov/hipaa/for-professionals/compliance-enforcement/agreements/index.html",
    source =
        "HHS OCR resolution agreements on replies to online reviews; GMC and NMC social media guidance",
    regional =
        "GB https://www.gmc-uk.org/professionals/ethical-guidance/doctors-use-of-social-media GMC: Doctors' use of social media",
    flags = {
      "Thank you for your feedback. We're sorry [[your wait]] in our A&E on Tuesday was so long.",
      "Hi Denise, so sorry for the wait. I've found [[your mom's account]]",
      "@sam_r Thank you! Glad [[your dad's bypass]] went well",
      "We hope [[your knee]] is healing well after the [[surgery]]!",
      "As [[your records]] show, [[you missed three appointments]] before we closed the [[referral]].",
      "It was a pleasure [[looking after your grandad]] on the ward last week.",
      "Mae'n ddrwg gennym fod [[arhosiad eich gŵr]] ar y ward mor anodd.",
      "Esperamos que [[su rodilla]] se recupere bien después de la [[operación]].",
      "Ci dispiace che il [[ricovero di suo marito]] sia stato così difficile."
    },
    passes = {
      "Thank you so much for your kind words – we've passed them on to the team 💙",
      "Sorry your wait was long? Tell us about your experience at our listening event",
      "@sam_r Thanks for the follow!",
      "Thank you for your feedback. Please contact our Patient Advice and Liaison Service so we can look into it.",
      "You can book a flu jab at any of our pharmacies or through the NHS App.",
      "If you miss an appointment, please call us so someone else can have the slot.",
      "We're delighted to announce the appointment of Dr Ruth Ames as our new medical director.",
      "Our new weight management clinic is open: book your appointment online today!",
      "Hi Tom, we can't discuss anyone's care on social media, but Sarah from our team will call you.",
      "Diolch am eich neges. Cysylltwch â'n tîm profiad cleifion os gwelwch yn dda.",
      "No podemos hablar de la atención de nadie aquí. Escríbanos por mensaje privado.",
      "Grazie mille per le belle parole! Le condivideremo con tutto il team."
    })
public final class ReplyDisclosureRule extends PrivacyRule {

  private static final String SAFE_EN =
      "Reply without confirming they are a patient or any detail of their care: "
          + "\"Thank you for your feedback. We'd like to hear more - please contact our patient experience team %s so "
          + "we can look into this.\"";
  private static final String SAFE_CY =
      "Atebwch heb gadarnhau eu bod yn glaf nac unrhyw fanylion am eu gofal: "
          + "\"Diolch am eich adborth. Hoffem glywed mwy - cysylltwch â'n tîm profiad cleifion %s er mwyn i ni edrych ar "
          + "hyn.\"";
  private static final String SAFE_ES =
      "Responda sin confirmar que es paciente ni ningún detalle de su atención: "
          + "\"Gracias por su comentario. Nos gustaría saber más: contacte con nuestro servicio de atención al paciente "
          + "%s para que podamos revisarlo.\"";
  private static final String SAFE_IT =
      "Risponda senza confermare che è un paziente né alcun dettaglio delle cure: "
          + "\"Grazie per il messaggio. Vorremmo saperne di più: contatti l'Ufficio Relazioni con il Pubblico %s così "
          + "potremo approfondire.\"";

  private final String channelEn;
  private final String channelCy;
  private final String channelEs;
  private final String channelIt;

  public ReplyDisclosureRule(RuleContext context) {
    super(context);
    String contact = contact(context.profile());
    this.channelEn = contact == null ? "by private message" : "on " + contact;
    this.channelCy = contact == null ? "drwy neges breifat" : "ar " + contact;
    this.channelEs = contact == null ? "por mensaje privado" : "en " + contact;
    this.channelIt = contact == null ? "in privato" : "al " + contact;
  }

  /**
   * The organisation's published e-mail, else its first published number: the private channel to
   * offer.
   */
  private static String contact(OrganisationProfile p) {
    if (!p.emails().isEmpty()) {
      return p.emails().get(0);
    }
    return p.phoneNumbers().isEmpty() ? null : p.phoneNumbers().get(0);
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    PostFacts facts = PostFacts.of(post, profile);
    List<ReplyDetails.Detail> details = facts.replyDetails();
    if (details.isEmpty()) {
      return;
    }
    String suggestion = suggestion(post.language());
    String shape =
        facts.replyShaped
            ? "the post is a public reply"
            : "the post answers one person ('your', 'su')";
    List<Token> tokens = post.tokens();
    for (ReplyDetails.Detail d : details) {
      emit(
          post,
          sink,
          tokens.get(d.first()).start(),
          tokens.get(d.end() - 1).end(),
          Severity.ERROR,
          null,
          suggestion,
          new Explanation("reply detail", 0.85, List.of(shape, d.why())));
    }
  }

  private String suggestion(String language) {
    return switch (language) {
      case "cy" -> SAFE_CY.formatted(channelCy);
      case "es" -> SAFE_ES.formatted(channelEs);
      case "it" -> SAFE_IT.formatted(channelIt);
      default -> SAFE_EN.formatted(channelEn);
    };
  }
}
