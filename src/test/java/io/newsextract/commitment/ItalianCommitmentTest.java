package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One Italian article through the real pipeline; one test per trigger family and per thing a pledge carries. */
class ItalianCommitmentTest {

    private static final String TEXT = """
            Mercoledì 4 Febbraio 2026

            Corea del Sud e Italia hanno concordato lunedì di rafforzare la cooperazione nei semiconduttori e \
            nell'aerospazio, ampliando i rapporti nell'industria della difesa.

            Le due parti hanno inoltre ribadito l'impegno condiviso per la pace nella Penisola coreana.

            I due Paesi hanno firmato un memorandum d'intesa sulla cooperazione nel settore dei semiconduttori.

            Il ministro si è impegnato a presentare la riforma della sanità entro il 2030.

            I prezzi dell'energia aumenteranno del 15 per cento nei prossimi mesi, secondo gli analisti.

            Il presidente della Regione non si è impegnato su una data per la riapertura della linea.

            «Lavoreremo insieme per difendere il valore della pace a livello mondiale», ha dichiarato Lee.

            Il governo investirà 3 miliardi di euro nella rete ferroviaria nel corso dell'anno.
            """;

    private static Document doc;

    @BeforeAll
    static void annotate() {
        doc = TestPipelines.standard().annotate(Document.of("it-test", "it-test.txt", TEXT));
        assertEquals("it", doc.languageCode());
    }

    @Test
    void concordareDiIsAnAgreement() {
        assertEquals("agreement [27,140) trigger 'concordato' actors [Corea del Sud, Italia] "
                + "sectors [semiconductors, aerospace, defense] - agree-verb",
                PledgeStrings.find(doc, "Corea del Sud e Italia hanno concordato"));
    }

    @Test
    void ribadireLImpegnoIsAReaffirmationOfBothCountries() {
        assertEquals("reaffirmation [193,283) trigger 'ribadito' actors [Corea del Sud, Italia] "
                + "sectors [peace_security] - reaffirm-commitment",
                PledgeStrings.find(doc, "Le due parti hanno inoltre ribadito"));
    }

    @Test
    void firmareUnMemorandumIsSigned() {
        assertEquals("signed [286,384) trigger 'firmato' actors [Corea del Sud, Italia] sectors [semiconductors] - "
                + "signed-instrument",
                PledgeStrings.find(doc, "I due Paesi hanno firmato"));
    }

    @Test
    void impegnarsiAWithEntroIl() {
        assertEquals("commitment [387,464) trigger 'impegnato' actors [ministro] sectors [health] 2026..2030 commit-verb",
                PledgeStrings.find(doc, "Il ministro si è impegnato"));
    }

    @Test
    void forecastsInTheFutureTenseAreNotPledges() {
        assertTrue(doc.pledges().stream().noneMatch(p -> p.text().contains("aumenteranno")), PledgeStrings.all(doc));
    }

    @Test
    void nonSiEImpegnatoIsNegated() {
        assertEquals("commitment [561,649) trigger 'impegnato' actors [Regione] sectors [] - negated commit-verb",
                PledgeStrings.find(doc, "Il presidente della Regione non si è impegnato"));
    }

    @Test
    void firstPersonPluralFutureInAQuote() {
        assertEquals("intention [653,725) trigger 'Lavoreremo' actors [Lee] sectors [peace_security] - future-we",
                PledgeStrings.find(doc, "Lavoreremo insieme"));
    }

    @Test
    void futureWithActorSubjectAndNelCorsoDellAnno() {
        assertEquals("intention [748,830) trigger 'investirà' actors [governo] sectors [transport] 2026..2026 "
                + "future-action",
                PledgeStrings.find(doc, "Il governo investirà"));
    }

    @Test
    void spansAreOffsetsIntoTheOriginalText() {
        PledgeStrings.assertSpansHold(doc);
        assertEquals(7, doc.pledges().size(), PledgeStrings.all(doc));
    }
}
