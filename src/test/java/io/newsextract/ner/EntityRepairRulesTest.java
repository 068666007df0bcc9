package io.newsextract.ner;

import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static io.newsextract.QuoteStrings.annotate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Post-CRF repairs of entity extent and type (known institutions, heads, extensions), one test per rule. */
class EntityRepairRulesTest {

    private static String entities(Document d) {
        return d.entities().stream().map(e -> e.type() + " " + e.text()).collect(Collectors.joining("; "));
    }

    @Test
    void knownItalianBodiesAreOrganisations() {
        String e = entities(annotate("it", "Secondo i dati diffusi ieri dall'Istat e dalla Consob, la crescita rallenta. "
                + "Anche Bankitalia rivede le stime, mentre l'Ania chiede un incontro con il governo."));
        assertTrue(e.contains("ORGANIZATION Istat"), e);
        assertTrue(e.contains("ORGANIZATION Bankitalia"), e);
        assertTrue(e.contains("ORGANIZATION Ania"), e);
    }

    @Test
    void theEuropeanUnionIsAnOrganisation() {
        String e = entities(annotate("it", "Il ministro ha detto che l'Unione europea deve fare di più e che la Ue "
                + "non può restare a guardare mentre i prezzi salgono."));
        assertTrue(e.contains("ORGANIZATION Unione europea"), e);
        assertFalse(e.contains("LOCATION Unione europea"), e);
    }

    @Test
    void aKnownNameInsideALongerNameIsLeftAlone() {
        String e = entities(annotate("it", "Il presidente della Lega Navale Italiana ha presentato il programma "
                + "delle regate estive davanti ai soci riuniti a Genova."));
        assertFalse(e.contains("ORGANIZATION Lega;"), e);
    }

    @Test
    void aGenericWordAloneIsNoName() {
        String e = entities(annotate("it", "Il Governo ha approvato il decreto, ma il Pil resta debole secondo "
                + "le stime della Commissione europea."));
        assertFalse(e.contains("Governo"), e);
        assertFalse(e.contains(" Pil"), e);
    }

    @Test
    void lowerCaseCommonNounsAreNoNames() {
        String e = entities(annotate("it", "Il presidente della giunta ha chiesto al consiglio regionale di "
                + "approvare il piano per le scuole della provincia di Cuneo entro giugno."));
        assertFalse(e.toLowerCase().contains("giunta"), e);
        assertFalse(e.contains("consiglio regionale"), e);
    }

    @Test
    void aMinistryNamedInLowerCaseKeepsItsHead() {
        String e = entities(annotate("it", "La proposta arriva dal ministero dell'Economia, che ha convocato "
                + "le parti sociali per martedì prossimo a Roma."));
        assertFalse(e.contains("ORGANIZATION Economia"), e);
    }

    @Test
    void anEnglishDepartmentExtendsOverItsCoordinatedComplement() {
        String e = entities(annotate("en", "The Department for Energy Security and Net Zero said in a statement "
                + "that the scheme would be extended to another 40,000 homes next year."));
        assertTrue(e.contains("ORGANIZATION Department for Energy Security and Net Zero"), e);
    }

    @Test
    void aBankExtendsOverItsForComplement() {
        String e = entities(annotate("en", "Loans will come through the Japan Bank for International Cooperation, "
                + "officials in Tokyo said on Monday."));
        assertTrue(e.contains("ORGANIZATION Japan Bank for International Cooperation"), e);
    }

    @Test
    void aPluralPossessiveOpensOneOrganisation() {
        String e = entities(annotate("en", "The Scottish Fishermen's Federation, which represents hundreds of "
                + "vessels, said it opposed the plan."));
        assertTrue(e.contains("ORGANIZATION Scottish Fishermen's Federation"), e);
    }

    @Test
    void oneWordOrganisationsInAListStayApart() {
        String e = entities(annotate("en", "Members of the group include Meta, Google and TikTok, according to "
                + "court filings seen by reporters."));
        assertFalse(e.contains("Google and TikTok"), e);
    }

    @Test
    void aPortfolioBeforeATitleIsNoOrganisation() {
        String e = entities(annotate("en", "Energy Secretary Helen Marsh announced on Wednesday that the "
                + "government would spend more on insulation."));
        assertFalse(e.contains("ORGANIZATION Energy"), e);
        assertTrue(e.contains("PERSON Helen Marsh"), e);
    }

    @Test
    void aStreetInLowerCaseIsAPlace() {
        String e = entities(annotate("it", "Il ministro ha ricevuto i sindacati a via XX Settembre per discutere "
                + "della manovra e delle pensioni."));
        assertTrue(e.contains("LOCATION via XX Settembre"), e);
    }

    @Test
    void aRegionOpenedByItsHeadNounIsAnOrganisation() {
        String e = entities(annotate("it", "TORINO – La Regione Piemonte stanzierà 50 milioni per le strade "
                + "di montagna nei prossimi due anni."));
        assertTrue(e.contains("ORGANIZATION Regione Piemonte"), e);
        assertTrue(e.contains("LOCATION TORINO"), e);
    }

    @Test
    void aLoneSurnameOfANamedPersonIsThePerson() {
        String e = entities(annotate("en", "Opposition spokesman Daniel Price criticised the plan on Monday. "
                + "According to Price, the auction would do little to bring down bills."));
        assertTrue(e.matches("(?s).*PERSON Price(;.*|$)"), e);
    }
}
