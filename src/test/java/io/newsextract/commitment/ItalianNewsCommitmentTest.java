package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import io.newsextract.api.Pledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Italian triggers of real news (it-pledges dev set), one sentence each, through the real pipeline. */
class ItalianNewsCommitmentTest {

    private static final String TEXT = """
            Vertice a Roma

            Giovedì 5 Marzo 2026

            Il ministro della Difesa ha ribadito che l'Italia invierà nuovi aerei alla missione.

            Il sindaco ha intenzione di chiedere alla Regione nuovi fondi per le scuole.

            Al vertice è stato deciso che l'Unione aprirà un ufficio a Kiev.

            Nel 1991 il paese dichiarò la propria indipendenza.

            Verranno stanziati altri 200 milioni di euro per la sanità.

            Il Comune ha deliberato lo stanziamento di 7.5 milioni di euro per le strade.

            Il Parlamento sarà informato della decisione.

            Alcuni parlamentari starebbero preparando una bozza di modifica del decreto.

            I tagli previsti dalla riforma colpiscono le scuole.

            Il 90 per cento dei fondi servirà per la ricostruzione delle scuole.

            Il governo si è detto disponibile ad aiutarli con nuovi mezzi.
            """;

    private static Document doc;

    @BeforeAll
    static void annotate() {
        doc = TestPipelines.standard().annotate(Document.of("it-news-test", "it-news-test.txt", TEXT));
        assertEquals("it", doc.languageCode());
    }

    @Test
    void ribadireCheWithAFutureIsAReaffirmation() {
        assertEquals("reaffirmation [38,121) trigger 'ribadito' actors [ministro] sectors [] - reaffirm-will",
                PledgeStrings.find(doc, "Il ministro della Difesa ha ribadito"));
    }

    @Test
    void avereIntenzioneDiIsAnIntention() {
        assertEquals("intention [124,199) trigger 'intenzione' actors [sindaco] sectors [culture] - intend-noun",
                PledgeStrings.find(doc, "Il sindaco ha intenzione"));
    }

    @Test
    void eStatoDecisoCheIsAnAgreement() {
        assertEquals("agreement [202,265) trigger 'deciso' actors [] sectors [] - decided-passive",
                PledgeStrings.find(doc, "Al vertice è stato deciso"));
    }

    @Test
    void passatoRemotoInAroIsNoFirstPersonFuture() {
        assertTrue(doc.pledges().stream().noneMatch(p -> p.text().contains("dichiarò")), PledgeStrings.all(doc));
    }

    @Test
    void futurePassiveOfMoneyCarriesTheAmount() {
        assertEquals("intention [321,379) trigger 'stanziati' actors [] sectors [health] - future-passive-money",
                PledgeStrings.find(doc, "Verranno stanziati"));
        assertEquals("200 milioni di euro", find("Verranno stanziati").amount().text());
    }

    @Test
    void deliberareLoStanziamentoWithAnEnglishDecimalPoint() {
        assertEquals("commitment [382,458) trigger 'deliberato' actors [Comune] sectors [] - allocate-decision",
                PledgeStrings.find(doc, "Il Comune ha deliberato"));
        assertEquals("7500000", find("Il Comune ha deliberato").amount().value().toPlainString());
    }

    @Test
    void beingInformedIsProcedureNotAPledge() {
        assertTrue(doc.pledges().stream().noneMatch(p -> p.text().contains("informato")), PledgeStrings.all(doc));
    }

    @Test
    void starePreparandoIsAnIntentionEvenInTheConditional() {
        assertEquals("intention [508,583) trigger 'preparando' actors [parlamentari] sectors [] - working-on",
                PledgeStrings.find(doc, "Alcuni parlamentari starebbero"));
    }

    @Test
    void previstoDallaRiformaIsAPlannedMeasure() {
        assertEquals("intention [586,637) trigger 'previsti' actors [] sectors [culture] - planned-by",
                PledgeStrings.find(doc, "I tagli previsti"));
    }

    @Test
    void whatMoneyWillGoToIsAnIntention() {
        assertEquals("intention [640,707) trigger 'servirà' actors [] sectors [culture] - money-will-go",
                PledgeStrings.find(doc, "Il 90 per cento dei fondi"));
    }

    @Test
    void dirsiDisponibileWithAnInfinitiveAndAClitic() {
        assertEquals("intention [710,771) trigger 'disponibile' actors [governo] sectors [] - ready-to",
                PledgeStrings.find(doc, "Il governo si è detto disponibile"));
    }

    @Test
    void spansAreOffsetsIntoTheOriginalText() {
        PledgeStrings.assertSpansHold(doc);
        assertEquals(9, doc.pledges().size(), PledgeStrings.all(doc));
    }

    private static Pledge find(String evidenceStart) {
        return doc.pledges().stream().filter(p -> p.text().startsWith(evidenceStart)).findFirst().orElseThrow();
    }
}
