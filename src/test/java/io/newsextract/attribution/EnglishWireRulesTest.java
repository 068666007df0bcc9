package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.QuoteStrings.annotate;
import static io.newsextract.QuoteStrings.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rules added after scoring four new English wire stories (corpus/en/3xx): each case is a pattern of news writing in
 * general — pronouns across sentences, organisation nouns, long appositions, multi-paragraph quotes.
 */
class EnglishWireRulesTest {

    @Test
    void aSentenceOpeningWithAClauseIsAboutTheSubjectAfterIt() {
        assertEquals("q1 direct [115,134) 'We will be surgical' <- s1 Laura Brennan (quote-name-cue/pronoun)",
                quotes(annotate("en", "Rachel Stein praised the results. Asked whether the company would raise prices "
                        + "again, Laura Brennan was cautious. “We will be surgical,” she said.")));
    }

    @Test
    void theCompanyStandsForTheOrganisationTheStoryIsAbout() {
        assertEquals("q1 direct [105,141) 'Cocoa costs hit us hard this quarter' <- s1 Halvorsen Foods (sentence-cue/nominal)",
                quotes(annotate("en", "Halvorsen Foods lowered its forecast on Thursday. Halvorsen Foods shares fell "
                        + "sharply in early trading. “Cocoa costs hit us hard this quarter,” the company said in a statement.")));
    }

    @Test
    void heNeverStandsForAnOrganisationNoun() {
        assertEquals("q1 partial [99,136) 'not take its foot off the accelerator' <- s1 Alan Forsyth (name-cue-quote/pronoun)",
                quotes(annotate("en", "Energy Secretary Alan Forsyth welcomed the result of the auction. The government, "
                        + "he added, would “not take its foot off the accelerator.”")));
    }

    @Test
    void sheNeverStandsForAPluralNoun() {
        assertEquals("""
                q1 indirect [57,77) 'the deal was fragile' <- s2 Analysts (reported-cue/nominal)
                q2 direct [80,101) 'We prefer negotiation' <- s1 Anna Korhonen (quote-name-cue/pronoun)""",
                quotes(annotate("en", "Anna Korhonen welcomed the deal on Monday. Analysts said the deal was fragile. "
                        + "“We prefer negotiation,” she said.")));
    }

    @Test
    void theOwnerOfTheSubjectIsWhoTheSentenceIsAbout() {
        assertEquals("""
                q1 indirect [55,76) 'the markets were calm' <- s2 Priya Natarajan (reported-cue)
                q2 direct [137,151) 'We are patient' <- s1 Ruth Delaney (quote-name-cue/pronoun)""",
                quotes(annotate("en", "Ruth Delaney attacked the budget. Priya Natarajan said the markets were calm. "
                        + "Delaney's Conservatives have led in the polls for a year. “We are patient,” she told reporters.")));
    }

    @Test
    void aSurnameTheEntityModelMissedIsStillThePerson() {
        assertEquals("q1 direct [102,130) 'The statute says thirty days' <- s1 Rebecca Strand (quote-name-cue/pronoun)",
                quotes(annotate("en", "Sen. Rebecca Strand questioned the attorney general. Strand, a former prosecutor, "
                        + "was not satisfied. “The statute says thirty days,” she said.")));
    }

    @Test
    void aLongAppositionNamingAnOrganisationKeepsThePersonAsSubject() {
        assertEquals("q1 indirect [114,152) 'the government was running out of room' <- s1 Martin Cloutier (reported-cue)",
                quotes(annotate("en", "Martin Cloutier, a former deputy governor of the Bank of Canada who now teaches "
                        + "at McGill University, warned that the government was running out of room.")));
    }

    @Test
    void twoInsertionsInARowBetweenNameAndVerb() {
        assertEquals("q1 indirect [54,117) 'the caucus had won written commitments on the insurance program' <- s1 Curtis Vang (reported-cue)",
                quotes(annotate("en", "Rep. Curtis Vang, R-Texas, who led the holdouts, said the caucus had won written "
                        + "commitments on the insurance program.")));
    }

    @Test
    void theObjectOfAPrepositionAfterTheVerbIsNoSpeaker() {
        assertEquals("q1 indirect [111,152) 'it supported the move to renewable energy' <- s1 Scottish Fishermen’s Federation (reported-cue)",
                quotes(annotate("en", "The Scottish Fishermen’s Federation, which represents 400 vessels, said in a "
                        + "submission to the government that it supported the move to renewable energy.")));
    }

    @Test
    void anAdjectiveBetweenDeterminerAndTitle() {
        assertEquals("q1 indirect [56,103) 'the measure likely violates the First Amendment' <- s1 Helen Marsh (reported-cue/nominal)",
                quotes(annotate("en", "A federal judge on Friday blocked the Texas law, saying the measure likely violates "
                        + "the First Amendment. U.S. District Judge Helen Marsh granted the injunction.")));
    }
}
