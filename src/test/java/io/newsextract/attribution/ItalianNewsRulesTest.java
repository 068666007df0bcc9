package io.newsextract.attribution;

import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static io.newsextract.QuoteStrings.annotate;
import static io.newsextract.QuoteStrings.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Italian wire-copy patterns found by scoring on the 4xx articles under corpus/: each is a convention of news in general. */
class ItalianNewsRulesTest {

    private static String speakerOf(Document d, int quote) {
        var q = d.quotes().get(quote);
        return q.speaker() == null ? "-" : q.speaker().name() + " (" + q.method() + ")";
    }

    @Test
    void faSapereIntroducesReportedSpeech() {
        assertEquals("q1 indirect [83,129) 'il suo sindacato non parteciperà allo sciopero' <- s1 Daniela Morandi (reported-cue)",
                quotes(annotate("it", "Più dialogante la Cisl. La segretaria generale Daniela Morandi ha fatto sapere "
                        + "che il suo sindacato non parteciperà allo sciopero.")));
    }

    @Test
    void secondoCuiPointsBackToTheAntecedent() {
        Document d = annotate("it", "Sulla stessa linea il presidente del partito, Roberto Carnevali, secondo cui "
                + "il governo ha scelto la propaganda invece delle assunzioni.");
        assertEquals("q1 indirect [77,135) 'il governo ha scelto la propaganda invece delle assunzioni' "
                + "<- s1 Roberto Carnevali (reported-according-to)", quotes(d));
    }

    @Test
    void standoAlTitleAndApposedNameIsTheSource() {
        Document d = annotate("it", "Stando al presidente dell'Anm, Cesare Pellegrino, il decreto \"rischia di "
                + "riempire le carceri senza ridurre i reati\".");
        assertEquals("Cesare Pellegrino (reported-according-to/nominal)", speakerOf(d, 0));
        assertEquals("il decreto \"rischia di riempire le carceri senza ridurre i reati\"", d.quotes().get(0).text());
    }

    @Test
    void relativeCheAfterAnInsertionSpeaksForItsAntecedent() {
        Document d = annotate("it", "Nella maggioranza prevale la soddisfazione. Più cauto il vicepremier Alberto "
                + "Roncaglia, leader di Forza Italia, che ha ribadito la necessità di \"un confronto serio in Senato\".");
        assertEquals("Alberto Roncaglia (name-cue-quote)", speakerOf(d, 0));
    }

    @Test
    void feminineNominalTakesTheWomanWithThatRole() {
        Document d = annotate("it", "Il primo ministro canadese Daniel Whitmore ha incontrato la presidente del "
                + "Consiglio Giorgia Meloni. «Il nostro legame è forte», ha detto Whitmore. «Il Canada è un amico», "
                + "ha sottolineato la premier.");
        assertEquals("Giorgia Meloni (quote-cue-name/nominal)", speakerOf(d, 1));
    }

    @Test
    void nominalAfterAnArticulatedPrepositionJoinsTheApposedName() {
        Document d = annotate("it", "Duro il commento della segretaria del Partito democratico, Giulia Santangelo. "
                + "«Porteremo in piazza chi non si rassegna», ha detto la segretaria dem.");
        assertEquals("Giulia Santangelo (quote-cue-name/nominal)", speakerOf(d, 0));
    }

    @Test
    void colonLabelSkipsThePlace() {
        Document d = annotate("it", "Commercio, Whitmore a Roma: «L'Italia è un partner chiave»\n\nROMA – Il primo "
                + "ministro canadese Daniel Whitmore è arrivato ieri a Roma.");
        assertEquals("Daniel Whitmore (colon-label)", speakerOf(d, 0));
    }

    @Test
    void organisationNounTakesTheOrganisationNamedLast() {
        Document d = annotate("it", "Ottimista invece Confagricoltura. In una nota l'associazione ha sottolineato "
                + "che \"le esportazioni verso il Canada sono aumentate del 60% in sette anni\".");
        assertEquals("Confagricoltura (name-cue-quote/nominal)", speakerOf(d, d.quotes().size() - 1));
    }

    @Test
    void answersAfterAQuestionGoToTheInterviewee() {
        Document d = annotate("it", "Intervista a Laura Bernardini, sindaca di Bologna.\n\n"
                + "Laura Bernardini riceve i cronisti in Comune. Il ministro Stefano Colombara ha promesso fondi.\n\n"
                + "Sindaca, il regolamento è già stato contestato. Se lo aspettava?\n\n"
                + "«Sì, e lo capisco. Ma noi non siamo contro nessuno».\n\n"
                + "Il governo prepara un piano casa. Che cosa chiede all'esecutivo?\n\n"
                + "«Tre cose: risorse, una legge nazionale e più poteri ai sindaci».");
        assertEquals("Laura Bernardini (interview-answer)", speakerOf(d, 0));
        assertEquals("Laura Bernardini (interview-answer)", speakerOf(d, 1));
    }
}
