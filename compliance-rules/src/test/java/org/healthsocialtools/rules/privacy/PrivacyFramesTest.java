package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.DEFAULT;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import java.util.List;
import org.healthsocialtools.Category;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frames that decide whether clinical words and pictures are about one particular person
 * ({@link ClinicalFrames}, {@link PatientMediaRule}, the reply admin items): clean posts in many
 * voices and four languages (awareness, service notices, training, recruitment, thank-yous) that
 * must raise no privacy finding, and disclosing ones that must raise a HEALTH or MEDIA finding.
 * Sentences written for this test.
 */
class PrivacyFramesTest {

  private static List<Finding> privacy(Post post) {
    return DEFAULT.check(post).findings().stream()
        .filter(f -> f.category() == Category.PRIVACY)
        .filter(f -> f.severity() != org.healthsocialtools.Severity.INFO)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Our night team in resus kept the department running through the storm. Thank you all.",
        "Every year around 9,000 people in Wales are diagnosed with lung cancer. Know the signs.",
        "More than 4,000 children are diagnosed with type 1 diabetes each year in the UK.",
        "Our new end-of-treatment bell has been fitted on the oncology day unit, thanks to the League of Friends.",
        "Our healthcare assistants practised managing a major bleed in the skills lab this week.",
        "Great training session on catastrophic bleed control with our student paramedics.",
        "Palliative care is about living well. Find out more about our service on our website.",
        "Could you do CPR? Join our free community CPR session in the town hall on Saturday.",
        "Covid vaccines for over 75s are available at the health centre from Monday.",
        "Please do not visit if you have Covid symptoms. Thank you for helping us protect patients.",
        "The bloods clinic has moved to Outpatients B from Monday 3 March.",
        "The bloods service at Riverside is closed on bank holiday Monday.",
        "Mis ymwybyddiaeth strôc: dysgwch yr arwyddion a ffoniwch 999.",
        "Mae strôc yn effeithio ar filoedd o bobl yng Nghymru bob blwyddyn.",
        "X-rays at the minor injuries unit are now available until 8pm.",
        "Our X-ray department is open 24 hours a day, 7 days a week.",
        "We have a new whiteboard in the staff room for shift swaps.",
        "The new handover sheet template is live on the intranet from today.",
        "Vaccinazione antinfluenzale gratuita per gli over 65 in tutte le farmacie.",
        "Thanks to everyone who came to our stroke awareness stall in town today.",
        "Our diabetes nurses are running a drop-in session on Tuesday morning.",
        "We're recruiting: midwives for our home birth team. Apply now.",
        "Gracias a todo el equipo de urgencias por su trabajo este verano.",
        "Grazie a tutto il personale del pronto soccorso per l'impegno di quest'anno.",
        "Diolch yn fawr i'r tîm nyrsio am eu gwaith caled eleni.",
        "Did you know blood alcohol above the limit slows your reactions? Don't drink and drive this Christmas.",
        "If you have had a miscarriage, our bereavement midwives are here for you.",
        "Domestic abuse affects 1 in 4 women. Our safeguarding team can help, in confidence.",
        "Cardiac rehab classes now run on Tuesdays and Thursdays at the leisure centre.",
        "Pulmonary rehab helps people with COPD breathe easier. Ask your GP for a referral.",
        "Our cath lab team completed 1,000 procedures this year. What a milestone!",
        "Theatre recovery is recruiting band 5 nurses. Come and join us.",
        "Button batteries can kill. Keep them away from little ones this Christmas.",
        "If your child swallows a magnet or battery, go straight to A&E.",
        "Babies born at 24 weeks now have a better chance than ever, thanks to research.",
        "Our neonatal unit cares for babies born from 23 weeks.",
        "Talk to us if you are worried about your drinking. Our alcohol liaison team is here to help.",
        "Our dental hospital runs extraction clinics on Mondays and Wednesdays.",
        "Free HbA1c checks for people living with diabetes at the pharmacy this week.",
        "Fumar durante el embarazo aumenta el riesgo de aborto espontáneo. Pide ayuda a tu matrona.",
        "La glicemia alta nei bambini va controllata: parla con il tuo pediatra.",
        "Mae ein tîm adsefydlu cardiaidd yn symud i'r ganolfan hamdden.",
        "Photos of the team below! What a brilliant night at the awards.",
        "Our new MRI scanner arrives next week. Photos to follow.",
        "Pictured: our new team of healthcare assistants on their first day.",
        "Ecco la foto del nostro nuovo reparto di pediatria!",
        "Aquí tenéis una foto del nuevo edificio del hospital.",
        "Dyma lun o'r tîm yn dathlu heddiw.",
        "Video from our open day: a tour of the new birth centre.",
        "Clip from our staff choir's Christmas concert. Enjoy!",
        "Photo: the new entrance to the children's outpatients.",
        "[image: six nurses in blue scrubs smiling outside the building]",
        "Our radiographers take over 500 X-rays a week. Thank you for all you do.",
        "Sepsis kills thousands of people a year in the UK. Learn the signs.",
        "Need bloods? Book online through the app.",
        "Worried about a lump? Speak to your GP.",
        "Patients on our chemo unit can now ring the end-of-treatment bell with their families.",
        "Our vaccination team will be at the library with Covid boosters from Monday.",
        "Hands-only CPR training for Year 9 pupils went brilliantly today.",
        "Our community first responders taught CPR to 300 people this year.",
        "Major haemorrhage drill today: the team managed a simulated bleed in theatre.",
        "Ringing the end-of-treatment bell is a special moment for many families.",
        "Retirement news: after 40 years our cardiac rehab lead is hanging up her trainers.",
        "Meet our stroke specialist nurses, who help patients after a stroke get home sooner.",
        "We are hiring a clinical lead for our palliative care service.",
        "La campagna è rivolta alle persone che hanno più di 65 anni.",
        "Our maternity unit delivered 4,000 babies last year, including 80 sets of twins.",
        "Handover sheet audit results are in, well done to the surgical wards.",
        "Tomorrow is World Stroke Day. Act FAST: face, arms, speech, time.",
        "Dydd Strôc y Byd yfory: gweithredwch yn GYFLYM.",
      })
  void cleanPostsRaiseNoPrivacyFinding(String text) {
    assertThat(privacy(Post.of(text))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Hi Sam, thanks for your message. Please log in to your account to change your appointment.",
        "Thanks Jo, you can pay your bill online or through the app.",
        "Hi Lee, sorry for the wait on the phones. Your visit can be rebooked through the app.",
        "Thanks for getting in touch. Your appointment letter explains where to park.",
        "Hi Maria, your account details can be updated on the portal.",
        "Hi Ann, you can check your appointment time in the app.",
        "Hola Ana, puede cambiar su cita en la web.",
        "Ciao Luca, può spostare il suo appuntamento dal sito.",
      })
  void customerServiceRepliesRaiseNoPrivacyFinding(String text) {
    Post reply = new Post(text, Platform.FACEBOOK, "en", List.of(), "a_reviewer");
    assertThat(privacy(reply)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Our little warrior Poppy was born at 27 weeks and went home today!",
        "She arrived at 32 weeks and spent a month with us on the neonatal unit.",
        "He came in at 2am with a blood alcohol level three times the limit.",
        "The driver was four times the legal limit when the crew reached him.",
        "A toddler swallowed a button battery on Sunday and needed an operation.",
        "Teenager brought in after swallowing a magnet, the second this month.",
        "Gerald has just started pulmonary rehab and is already walking further.",
        "After three miscarriages, Laura finally held her rainbow baby.",
        "She had two miscarriages before her son arrived.",
        "A woman came in on Friday after her partner hit her, and we made a safeguarding referral.",
        "Last year he tried to take his own life, and today he ran the marathon for us.",
        "Mr Okafor went to the cath lab at 3am and had two stents.",
        "Straight to theatre for Dave after the crash, and he is doing well now.",
        "Grandad had four teeth pulled yesterday and is living on soup.",
        "La sua emoglobina glicata è scesa da 9,1 a 6,4 in sei mesi!",
        "A Carmen le bajó la hemoglobina glicosilada de 8,7 a 6,2.",
        "Our regular was back again last night with the same bottle of vodka.",
        "He turned up drunk again at 2am, his fifth visit this month.",
        "Since starting Ozempic, Brian has lost three stone.",
        "Dyma lun o Mrs Jones yn ei gwely ar y ward heddiw.",
        "Ecco la foto della signora Rosa nel suo letto di ospedale.",
        "Aquí tenéis una foto de don Manuel en la cama de la UCI.",
        "Photo of our board this morning, what a busy shift!",
        "Video from last night's shout, the patient was fine in the end.",
        "Clip from resus last night, watch till the end.",
        "Photo: a boy in a hospital bed smiling with his nurse.",
        "[image: an elderly woman in a hospital gown holding flowers]",
        "Pic: Mr Evans in his wheelchair with the ward cake.",
        "Imagen: una niña en una cama de hospital con su oso de peluche.",
        "Immagine: un uomo anziano in un letto d'ospedale.",
        "Llun: dyn mewn gwely ysbyty gyda'i wyres.",
        "Margaret was admitted with a broken hip on Tuesday.",
        "His potassium was 6.9 when he arrived in ED.",
        "Nonna Pina, ricoverata per una polmonite, torna a casa oggi.",
        "La señora Rosa fue operada de la rodilla el lunes.",
        "Dorothy finished her last round of chemo today and rang the bell!",
        "Our patient in bay 2 has been fighting sepsis all week.",
        "Her mum has stage 4 bowel cancer and wanted to say thank you.",
        "Mae Taid wedi torri ei goes ac yn yr ysbyty.",
        "She is 36 weeks pregnant and still coming to aqua natal.",
        "Snapped her with the cake on her 90th birthday on the ward!",
        "Pic of the ward whiteboard, what a night.",
      })
  void disclosingPostsRaiseHealthOrMedia(String text) {
    assertThat(privacy(Post.of(text)))
        .extracting(Finding::kind)
        .containsAnyOf(Kind.HEALTH, Kind.MEDIA);
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "privacy.health-detail|Our little warrior Poppy was born at 27 weeks and went home today!|born at 27 weeks",
        "privacy.health-detail|She arrived at 32 weeks and spent a month with us on the neonatal unit.|arrived at 32 weeks",
        "privacy.health-detail|The driver was four times the legal limit when the crew reached him.|four times the legal limit",
        "privacy.health-detail|She had two miscarriages before her son arrived.|two miscarriages",
        "privacy.health-detail|Last year he tried to take his own life, and today he ran the marathon for us.|tried to take his own life",
        "privacy.health-detail|Mr Okafor went to the cath lab at 3am and was home by Friday.|the cath lab",
        "privacy.health-detail|Our regular was back again last night with the same bottle of vodka.|bottle of vodka",
        "privacy.health-detail|Crewed a job earlier where the lad had been stabbed in the arm.|been stabbed",
        "privacy.health-detail|El bebé nació con 28 semanas y hoy se va a casa.|nació con 28 semanas",
        "privacy.health-detail|Il piccolo Luca è nato alla 30ª settimana e oggi torna a casa.|nato alla 30ª settimana",
        "privacy.health-detail|Ha avuto tre aborti prima di Sofia.|tre aborti",
        "privacy.health-detail|This little one came in with bronchiolitis on Monday.|bronchiolitis",
        "privacy.clinical-event|A toddler swallowed a button battery on Sunday and is fine now.|swallowed a button battery",
        "privacy.clinical-event|Grandad had four teeth pulled yesterday and is living on soup.|had four teeth pulled",
        "privacy.clinical-event|La sua emoglobina glicata è scesa da 9,1 a 6,4 in sei mesi!|emoglobina glicata è scesa da 9,1 a 6,4",
        "privacy.clinical-event|A Carmen le bajó la hemoglobina glicosilada de 8,7 a 6,2.|hemoglobina glicosilada de 8,7 a 6,2",
        "privacy.health-detail|Since starting Ozempic, Brian has lost three stone.|Ozempic",
        "privacy.clinical-event|Since starting the new tablets, Brian has lost three stone.|Since starting the new tablets",
        "privacy.patient-media|Dyma lun o Mrs Jones yn ei gwely ar y ward heddiw.|lun o Mrs Jones",
        "privacy.patient-media|Aquí tenéis una foto de don Manuel en la cama de la UCI.|foto de don Manuel",
        "privacy.patient-media|Photo of our board this morning, what a busy shift!|Photo of our board",
        "privacy.patient-media|Clip from resus last night, watch till the end.|Clip",
        "privacy.patient-media|Photo: a boy in a hospital bed smiling with his nurse.|Photo",
        "privacy.patient-media|Immagine: un uomo anziano in un letto d'ospedale.|Immagine",
      })
  void framesFlag(String ruleId, String text, String expected) {
    assertThat(found(ruleId, text)).contains(expected);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "privacy.health-detail|Big thanks to our night team in resus, you were brilliant.",
        "privacy.health-detail|Well done to Jake, who learned CPR at our training day last month.",
        "privacy.health-detail|Retirement news: after 40 years, Mary is leaving our cardiac rehab team.",
        "privacy.health-detail|She helps patients after a stroke get home sooner.",
        "privacy.health-detail|Thanks to the family who donated our end-of-treatment bell.",
        "privacy.health-detail|The driver's guide to the legal limit is on our website.",
        "privacy.health-detail|Stephen joined our cath lab team this week. Welcome!",
        "privacy.health-detail|Babies born at 24 weeks now have a better chance than ever.",
        "privacy.health-detail|Knife crime: stab wounds seen in our ED have halved since 2019.",
        "privacy.clinical-event|In the simulation, Sian managed a fractured hip scenario.",
        "privacy.patient-media|Sister Jane has redesigned the whiteboard so it's easier to read.",
        "privacy.patient-media|Our radiographers take over 500 X-rays a week. Here's Lucy at work.",
        "privacy.patient-media|Photo: the new entrance to the children's outpatients.",
        "privacy.patient-media|Clip from our staff choir's Christmas concert.",
        "privacy.reply-confirms-patient|Hi Sam, thanks for your message. Please log in to your account to change your appointment.",
        "privacy.reply-confirms-patient|Thanks for getting in touch. Your appointment letter explains where to park.",
        "privacy.reply-confirms-patient|Hi Raj, your bill can be paid online. Any problems, give us a call.",
      })
  void framesPass(String ruleId, String text) {
    assertThat(found(ruleId, text)).isEmpty();
  }
}
