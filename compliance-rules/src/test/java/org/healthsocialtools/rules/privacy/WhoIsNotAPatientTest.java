package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthsocialtools.rules.privacy.PrivacyAssert.found;

import java.util.List;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 item 4: places, hospitals, public figures and celebrated staff are not patients, while a
 * patient who shares a place's or a famous person's name, or is said goodbye to in a staff-like
 * post, is still found. Sentences written for this test in the voices of trust comms, ward staff, a
 * GP practice and a paramedic, in English, Welsh, Spanish and Italian.
 */
class WhoIsNotAPatientTest {

  private static final Analyzer ANALYZER = new Analyzer("en-GB");

  @ParameterizedTest
  @ValueSource(
      strings = {
        // places: a frame, a multi-word place or a place seldom given as a name
        "Our stroke team presented their audit at a conference in Lincoln this week",
        "Roadworks on the A46 near Lincoln may delay your journey to clinic",
        "The mobile breast screening unit moves to Chester on Monday",
        "Greetings from Florence! Our research team is presenting at the European congress",
        "Flights from Paris were delayed, so the visiting surgeons arrive tomorrow",
        "Free parking for blood donors at our Chelsea site this weekend",
        "Thousands ran the London Marathon for our children's hospital",
        "We are twinned with a children's hospital in Sydney",
        "Lovely weather in Florence for the nursing conference",
        "London has the highest number of nursing vacancies, according to new figures",
        "Our community midwives now cover Milton Keynes and Bedford",
        "Sign up for the fun run around Preston on Sunday, all proceeds to the hospice",
        "Our paramedics drove all the way from Jordan to deliver the donated ambulance",
        "Rydyn ni yn Chester heddiw gyda'r bws sgrinio",
        "Mae'r clinig yn symud i Gaerdydd ym mis Mai",
        "Domani saremo a Verona per la giornata della prevenzione",
        "Il nostro reparto ha ospitato colleghi da Roma per un corso di formazione",
        "Nuestro equipo viaja a Santiago para el congreso de pediatría",
        "Jornada de puertas abiertas en Victoria este sábado",
        // hospitals and organisations
        "Our new MRI scanner is now open at the Royal Victoria",
        "Chemotherapy closer to home: the day unit at the Queen Elizabeth is now open",
        "Car parking at Victoria Infirmary will be limited during the building works",
        "Florence Ward has been refurbished thanks to your donations",
        "Shannon Health Centre will close early on Friday for staff training",
        "Transfers from the Alexandra to the Princess Royal are running normally",
        "Jordan Surgery is now taking new patient registrations",
        "Our flu clinic at Lincoln General runs every Saturday in October",
        "Preston North End players brought Christmas gifts for the children's ward",
        // public figures in a public story
        "Wayne Rooney officially opened our new community gym today",
        "Thank you to David Beckham for visiting the children's ward and signing shirts",
        "Gareth Bale sent a signed shirt for our charity raffle",
        "Catherine Zeta-Jones unveiled the plaque at our new day centre",
        "Tom Jones is headlining the hospital charity concert in July",
        "Florence Nightingale's lamp is on display in our entrance for International Nurses Day",
        "Rafael Nadal visitó nuestra planta de pediatría y firmó camisetas",
        // staff: awards, retirements, recruitment, long service, leaving do
        "Congratulations to our nurse Priya Sharma on her long service award",
        "Thank you Derek for 30 years on our switchboard! Enjoy your retirement",
        "Meet Aisha, our new ward manager on Cedar Ward",
        "Welcome to the team, Callum! Our newest healthcare assistant starts on Monday",
        "Farewell to our colleague Bernadette after 25 years in theatres, we will miss you",
        "Leaving do for Gareth on Friday at 6, all welcome!",
        "Llongyfarchiadau i Sian, ein nyrs newydd, ar ennill gwobr",
        "Felicidades a nuestra enfermera Lucía por sus 25 años de servicio",
        "Auguri a Giulia, la nostra nuova coordinatrice infermieristica",
        "Happy retirement Maureen! 38 years of looking after our patients on Ward 7"
      })
  void notAPatient(String text) {
    assertThat(found("privacy.person-name", text)).as(text).isEmpty();
    assertThat(found("privacy.combination", text)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Our patient Florence, 84, went home today after her hip operation|Florence",
        "Lovely to see Chelsea back on the ward for her chemo today|Chelsea",
        "Jordan was discharged from Ward 4 after three weeks with us|Jordan",
        "Paris, 6, rang the bell today after finishing her treatment|Paris",
        "Lincoln has been so brave after his surgery. Keep going, Lincoln!|Lincoln,Lincoln",
        "Wayne Rooney was treated in our A&E last night after a fall|Wayne Rooney",
        "Goodbye to Victoria, who has been with us on the ward since March. Enjoy being home after"
            + " your discharge!|Victoria",
        "Thank you Margaret for 30 years of coming to our dialysis unit, our longest-standing"
            + " patients will miss you|Margaret",
        "Congratulations to Harry on going home after 12 weeks in intensive care|Harry",
        "Welcome home Sydney! Six weeks on the neonatal unit and now you're finally home|Sydney",
        "Nuestra paciente Victoria, de 90 años, se fue a casa hoy|Victoria",
        "La signora Florence, 84 anni, è tornata a casa dopo l'intervento|Florence",
        "Mr London in bay 4 has been asking for his glasses all morning|London",
        "Little Florence was born at 28 weeks and went home today|Florence",
        "Austin, 7, has been so brave on the children's ward|Austin",
        "Meet Jordan, our youngest patient on the neonatal unit|Jordan",
        "Farewell to Rosa, who leaves us today after a long stay in bed 12|Rosa",
        "Shannon from Leeds has been recovering in bay 3 since March|Shannon",
        "Thank you to Chelsea and her family for letting us share her story|Chelsea",
        "Get well soon Paris, we all miss you on the ward after your fall|Paris",
        "Diolch i Shannon a'i theulu am adael i ni rannu ei stori|Shannon"
      })
  void stillAPatient(String text, String expected) {
    assertThat(found("privacy.person-name", text)).as(text).containsExactly(expected.split(","));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Lovely weather in Florence for the nursing conference|after 'in'",
        "Our community midwives now cover Milton Keynes and Bedford|not a name of person words",
        "London has the highest number of vacancies|seldom given as a first name",
        "Our new MRI scanner is now open at the Royal Victoria|'Royal' before the name",
        "Our flu clinic at Lincoln General runs every Saturday|'General' after the name",
        "Wayne Rooney officially opened our new community gym|a public figure ('Wayne Rooney')",
        "The mobile unit moves to Chester on Monday|after 'moves to'"
      })
  void theEvidenceThatDecidedIsRecorded(String text, String reason) {
    PostFacts facts =
        PostFacts.of(ANALYZER.analyze(Post.of(text)), ProfileView.of(OrganisationProfile.none()));
    List<String> why = facts.notPatients.stream().map(PersonFinder.NotPatient::why).toList();
    assertThat(why).as(text).anyMatch(w -> w.contains(reason));
  }

  @org.junit.jupiter.api.Test
  void aKeptNameThatIsAlsoAPlaceSaysSoInItsExplanation() {
    var findings =
        PrivacyAssert.DEFAULT
            .check(Post.of("Our patient Florence, 84, went home today after her hip operation"))
            .findings();
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("privacy.person-name"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.explanation().evidence())
                    .anyMatch(e -> e.contains("'Florence' is also a place")));
  }
}
