package io.newsextract.attribution;

import io.newsextract.QuoteStrings;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A group phrase or a name-and-colon label before the quote, with no speech verb. */
class LabelRulesTest {

    @Test
    void groupPhraseIsAGroupOfTheLeadingPeople() {
        Document d = Attributed.annotate("en", """
                President/NNP Joe/NNP/PERSON Biden/NNP/PERSON met/VBD French/JJ President/NNP \
                Emmanuel/NNP/PERSON Macron/NNP/PERSON in/IN Paris/NNP/LOCATION ./.
                In/IN the/DT joint/JJ statement/NN ,/, the/DT two/CD leaders/NNS “/`` [p agreed/VBD to/TO work/VB \
                together/RB on/IN energy/NN security/NN ] ./. ”/''""");
        assertEquals("q1 'agreed to work together on energy security' <- Joe Biden and Emmanuel Macron "
                + "[group-phrase/group]", quotes(d));
        assertEquals("""
                s1 PERSON Joe Biden role=President aff=null members=[] mentions=[Joe Biden] quotes=[]
                s2 PERSON Emmanuel Macron role=President aff=France members=[] mentions=[Emmanuel Macron] quotes=[]
                s3 GROUP Joe Biden and Emmanuel Macron role=null aff=null members=[s1, s2] mentions=[two leaders] \
                quotes=[q1]""", QuoteStrings.speakers(d));
    }

    @Test
    void colonLabel() {
        assertEquals("q1 'Nessun tesoretto nei conti pubblici' <- Giancarlo Giorgetti [colon-label]", quotes("it", """
                Manovra/NOUN ,/PUNCT Giorgetti/PROPN/PERSON :/PUNCT
                «/PUNCT [d Nessun/DET tesoretto/NOUN nei/ADP conti/NOUN pubblici/ADJ ] »/PUNCT

                ROMA/PROPN/LOCATION -/PUNCT Il/DET ministro/NOUN dell'/ADP Economia/NOUN Giancarlo/PROPN/PERSON \
                Giorgetti/PROPN/PERSON ha/AUX presentato/VERB la/DET manovra/NOUN ./PUNCT"""));
    }

    @Test
    void colonLabelSkipsThePlace() {
        assertEquals("q1 'L'Italia è un partner chiave' <- Daniel Whitmore [colon-label]", quotes("it", """
                Commercio/NOUN ,/PUNCT Whitmore/PROPN/PERSON a/ADP Roma/PROPN/LOCATION :/PUNCT
                «/PUNCT [d L'/DET Italia/PROPN/LOCATION è/AUX un/DET partner/NOUN chiave/NOUN ] »/PUNCT

                ROMA/PROPN/LOCATION –/PUNCT Il/DET primo/ADJ ministro/NOUN canadese/ADJ Daniel/PROPN/PERSON \
                Whitmore/PROPN/PERSON è/AUX arrivato/VERB ieri/ADV a/ADP Roma/PROPN/LOCATION ./PUNCT"""));
    }

    @Test
    void dashBylineAfterTheQuote() {
        assertEquals("q1 'We need law and order.' <- Sonya Herridge [dash-byline]", quotes("en", """
                “/`` [d We/PRP need/VBP law/NN and/CC order/NN ./. ] ”/'' ―/: Sonya/NNP/PERSON Herridge/NNP/PERSON ./.

                John/NNP/PERSON Smith/NNP/PERSON spoke/VBD later/RB ./."""));
    }

    @Test
    void dashThenANameThatGoesOnIsNoByline() {
        String out = quotes("en", """
                “/`` [d No/DT deal/NN ] ”/'' —/: Smith/NNP/PERSON left/VBD the/DT room/NN ./.""");
        assertEquals(false, out.contains("dash-byline"), out);
    }

    @Test
    void aBylineTheTaggerMissedIsAPerson() {
        assertEquals("q1 'We need law and order.' <- Ariadna Quell [dash-byline]", quotes("en", """
                “/`` [d We/PRP need/VBP law/NN and/CC order/NN ./. ] ”/'' ―/: Ariadna/NNP Quell/NNP ./.

                John/NNP/PERSON Smith/NNP/PERSON spoke/VBD later/RB ./."""));
    }
}
