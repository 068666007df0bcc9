package io.newsextract.attribution;

import io.newsextract.QuoteStrings;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One small text per attribution rule, through the real pipeline; the method names the rule that fired. */
class AttributionRulesTest {

    private static String quotes(String lang, String text) {
        return QuoteStrings.quotes(QuoteStrings.annotate(lang, text));
    }

    @Test
    void quoteNameCue() {
        assertEquals("q1 direct [1,17) 'The plan is dead' <- s1 John Smith (quote-name-cue)",
                quotes("en", "“The plan is dead,” John Smith said on Monday."));
    }

    @Test
    void quoteCueNameWithItalianInversionPastTheTitle() {
        assertEquals("q1 direct [1,25) 'Siamo pronti a governare' <- s1 Antonio Tajani (quote-cue-name)",
                quotes("it", "«Siamo pronti a governare», ha dichiarato il ministro degli Esteri Antonio Tajani."));
    }

    @Test
    void pronounToTheLastSubject() {
        assertEquals("q1 direct [52,68) 'It is a disaster' <- s1 John Smith (quote-name-cue/pronoun)",
                quotes("en", "Senator John Smith criticized the bill on Tuesday. “It is a disaster,” he told reporters."));
    }

    @Test
    void droppedSubjectInItalian() {
        assertEquals("q1 direct [64,97) 'Non ci fermeremo davanti a niente' <- s1 Sergio Mattarella "
                        + "(quote-cue-name/prodrop)",
                quotes("it", "Il presidente Sergio Mattarella ha parlato a lungo del lavoro. "
                        + "«Non ci fermeremo davanti a niente», ha aggiunto."));
    }

    @Test
    void nameCueQuote() {
        assertEquals("q1 direct [18,35) 'We need more time' <- s1 John Smith (name-cue-quote)",
                quotes("en", "John Smith said: “We need more time.”"));
    }

    @Test
    void accordingTo() {
        assertEquals("q1 partial [13,28) 'done and dusted' <- s1 Mary Jones (according-to)",
                quotes("en", "The deal is “done and dusted,” according to Mary Jones."));
    }

    @Test
    void secondo() {
        assertEquals("""
                q1 indirect [24,56) 'la crisi «è soltanto all'inizio»' <- s1 Matteo Salvini (reported-according-to)
                q2 partial [34,55) 'è soltanto all'inizio' <- s1 Matteo Salvini (inside-reported)""",
                quotes("it", "Secondo Matteo Salvini, la crisi «è soltanto all'inizio»."));
    }

    @Test
    void sameParagraph() {
        assertEquals("""
                q1 direct [1,13) 'We are ready' <- s1 John Smith (quote-name-cue)
                q2 direct [34,63) 'We have been ready for months' <- s1 John Smith (same-paragraph)""",
                quotes("en", "“We are ready,” John Smith said. “We have been ready for months.”"));
    }

    @Test
    void groupPhraseBecomesAGroupOfTheLeadingPeople() {
        Document d = QuoteStrings.annotate("en", "President Joe Biden met French President Emmanuel Macron in Paris. "
                + "In the joint statement, the two leaders “agreed to work together on energy security.”");
        assertEquals("q1 partial [108,150) 'agreed to work together on energy security' <- s3 Joe Biden and "
                + "Emmanuel Macron (group-phrase/group)", QuoteStrings.quotes(d));
        assertEquals("""
                s1 PERSON Joe Biden role=President aff=null members=[] mentions=[Joe Biden] quotes=[]
                s2 PERSON Emmanuel Macron role=President aff=France members=[] mentions=[Emmanuel Macron] quotes=[]
                s3 GROUP Joe Biden and Emmanuel Macron role=null aff=null members=[s1, s2] mentions=[two leaders] \
                quotes=[q1]""", QuoteStrings.speakers(d));
    }

    @Test
    void coordinatedNamesInItalianAreAGroup() {
        Document d = QuoteStrings.annotate("it",
                "Giorgia Meloni e Antonio Tajani hanno dichiarato di «voler collaborare con tutti».");
        assertEquals("q1 partial [53,80) 'voler collaborare con tutti' <- s3 Giorgia Meloni e Antonio Tajani "
                + "(name-cue-quote/group)", QuoteStrings.quotes(d));
    }

    @Test
    void italianTitleWithNationalityGivesRoleAndAffiliation() {
        Document d = QuoteStrings.annotate("it", "Il premier Giorgia Meloni ha incontrato il cancelliere tedesco "
                + "Friedrich Merz. Nella dichiarazione congiunta, i due leader hanno ribadito «il pieno sostegno "
                + "all'Ucraina».");
        assertEquals("""
                s1 PERSON Giorgia Meloni role=Prime Minister aff=null members=[] mentions=[Giorgia Meloni] quotes=[]
                s2 PERSON Friedrich Merz role=Chancellor aff=Germany members=[] mentions=[Friedrich Merz] quotes=[]
                s3 GROUP Giorgia Meloni e Friedrich Merz role=null aff=null members=[s1, s2] mentions=[due leader] \
                quotes=[q1]""", QuoteStrings.speakers(d));
    }
}
