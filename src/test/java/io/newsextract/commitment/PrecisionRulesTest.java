package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import io.newsextract.api.Pledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules that keep schedules, old promises, conditions and restated headlines out of the pledges, one test per
 * rule and language, each with the near miss that must still count.
 */
class PrecisionRulesTest {

    private static final String EN = """
            March 12, 2026

            The Treasurer will address the National Press Club on Tuesday.
            The Minister will announce $50 million for regional hospitals on Monday.
            The Government will cut payroll tax for small businesses from 1 July.
            In 2019 the previous government pledged to upgrade every public school.
            The council had promised a new swimming pool for the town.
            The Minister said the two sides had agreed to share the cost of the bridge.
            If the market does not recover next year, we will close the plant.
            If re-elected, we will build a new hospital in Cairns.
            We will not raise income tax, the Chancellor said.
            The company remains committed to exporting hydrogen to Japan by 2031.
            """;

    private static final String IT = """
            12 marzo 2026

            Il consiglio regionale illustrerà il piano martedì prossimo.
            Il governo approverà il decreto sulle bollette entro il 15 aprile.
            Nel 2023 l'allora giunta aveva promesso di ristrutturare tutte le palestre.
            L'opposizione parla di soldi già promessi e mai arrivati.
            Il governo ha promesso di ridurre le tasse sul lavoro.
            Il bando sarà pubblicato a fine aprile sul sito della Regione.
            L'assessore ha detto che la Regione non ricorrerà a nuovi mutui. «Useremo i fondi europei», ha spiegato.
            «Nel 2027 apriremo tre case di comunità», ha promesso il presidente della Regione, Marco Ferrero.
            """;

    private static Document en;
    private static Document it;

    @BeforeAll
    static void annotate() {
        en = TestPipelines.standard().annotate(Document.of("en-precision", "en-precision.txt", EN));
        it = TestPipelines.standard().annotate(Document.of("it-precision", "it-precision.txt", IT));
        assertEquals("en", en.languageCode());
        assertEquals("it", it.languageCode());
    }

    private static boolean pledged(Document doc, String words) {
        return doc.pledges().stream().anyMatch(p -> p.text().contains(words));
    }

    @Test
    void aDayOrAnEventMakesAScheduleUnlessMoneyIsAnnounced() {
        assertFalse(pledged(en, "Press Club"), PledgeStrings.all(en));
        assertTrue(pledged(en, "$50 million"), PledgeStrings.all(en));
        assertFalse(pledged(it, "illustrerà"), PledgeStrings.all(it));
    }

    @Test
    void aDateAfterFromOrEntroIsAStartOrADeadlineNotADay() {
        assertTrue(pledged(en, "cut payroll tax"), PledgeStrings.all(en));
        assertTrue(pledged(it, "approverà il decreto"), PledgeStrings.all(it));
    }

    @Test
    void aFormerActorsPromiseIsARecord() {
        assertFalse(pledged(en, "previous government"), PledgeStrings.all(en));
        assertFalse(pledged(it, "palestre"), PledgeStrings.all(it));
    }

    @Test
    void aPluperfectIsARecordUnlessItIsTheBackshiftOfReportedSpeech() {
        assertFalse(pledged(en, "swimming pool"), PledgeStrings.all(en));
        assertTrue(pledged(en, "agreed to share the cost"), PledgeStrings.all(en));
    }

    @Test
    void aConsequenceOfAnOpeningConditionIsNoPledgeButIfElectedIs() {
        assertFalse(pledged(en, "close the plant"), PledgeStrings.all(en));
        assertTrue(pledged(en, "build a new hospital"), PledgeStrings.all(en));
    }

    @Test
    void aPledgeToAbstainIsAPledgeAndNotNegated() {
        Pledge p = en.pledges().stream().filter(x -> x.text().contains("raise income tax")).findFirst().orElseThrow();
        assertFalse(p.negated(), PledgeStrings.of(p));
    }

    @Test
    void remainsCommittedIsACommitment() {
        assertTrue(pledged(en, "remains committed to exporting"), PledgeStrings.all(en));
    }

    @Test
    void anItalianParticipleWithoutAuxiliaryIsAnAdjective() {
        assertFalse(pledged(it, "soldi già promessi"), PledgeStrings.all(it));
        assertTrue(pledged(it, "ridurre le tasse"), PledgeStrings.all(it));
    }

    @Test
    void aPublicationScheduleIsNoPledge() {
        assertFalse(pledged(it, "sarà pubblicato"), PledgeStrings.all(it));
    }

    @Test
    void aStopInsideASentenceSeparatesTwoPledges() {
        assertTrue(pledged(it, "non ricorrerà a nuovi mutui"), PledgeStrings.all(it));
        assertTrue(pledged(it, "Useremo i fondi europei"), PledgeStrings.all(it));
    }

    @Test
    void aQuoteBeforeASpeechVerbTriggerIsItsSpeakersPledge() {
        Pledge p = it.pledges().stream().filter(x -> x.text().contains("apriremo")).findFirst().orElseThrow();
        List<String> actors = p.actors().stream().map(Pledge.Actor::name).toList();
        assertTrue(actors.stream().anyMatch(a -> a.contains("Ferrero")), PledgeStrings.of(p));
        assertNotNull(p.quoteId(), PledgeStrings.of(p));
    }

    @Test
    void spansHold() {
        PledgeStrings.assertSpansHold(en);
        PledgeStrings.assertSpansHold(it);
    }
}
