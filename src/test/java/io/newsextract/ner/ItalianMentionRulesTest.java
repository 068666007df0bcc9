package io.newsextract.ner;

import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static io.newsextract.QuoteStrings.annotate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs of the Italian CRF's output that hold for news in general. */
class ItalianMentionRulesTest {

    private static String entities(Document d) {
        return d.entities().stream().map(e -> e.type() + " " + e.text()).collect(Collectors.joining("; "));
    }

    @Test
    void datelineInCapitalsIsAPlace() {
        String e = entities(annotate("it", "Istat, il Pil rallenta nel terzo trimestre\n\nROMA - L'economia italiana "
                + "frena. Nel terzo trimestre il prodotto interno lordo è cresciuto dello 0,1%."));
        assertTrue(e.contains("LOCATION ROMA"), e);
    }

    @Test
    void agencyDatelineWithDateIsAPlace() {
        String e = entities(annotate("it", "(ANSA) - ROMA, 12 MAR - L'Aula della Camera ha approvato il decreto, "
                + "che ora passa all'esame del Senato."));
        assertTrue(e.contains("LOCATION ROMA"), e);
    }

    @Test
    void hyphenatedNamesStayWhole() {
        String e = entities(annotate("it", "Il ministro degli Esteri canadese, Jean-Philippe Moreau, ha incontrato "
                + "il suo omologo. Lo studio ha presentato un ricorso al Tar dell'Emilia-Romagna."));
        assertTrue(e.contains("PERSON Jean-Philippe Moreau"), e);
        assertTrue(e.contains("Emilia-Romagna"), e);
    }

    @Test
    void aCapitalisedPrepositionIsNoName() {
        String e = entities(annotate("it", "Nel terzo trimestre il prodotto interno lordo è cresciuto dello 0,1%, "
                + "secondo la stima preliminare diffusa oggi dall'Istat."));
        assertFalse(e.matches("(?s).*\\bNel\\b.*"), e);
    }
}
