package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One English article through the real pipeline; one test per trigger family and per thing a pledge carries. */
class EnglishCommitmentTest {

    private static final String TEXT = """
            January 20, 2026
            SEOUL – South Korea and Italy agreed on Monday to deepen cooperation in artificial intelligence, \
            semiconductors and aerospace, while expanding ties in the defense industry.
            The two sides also reaffirmed their commitment to peace and stability on the Korean Peninsula.
            The two countries signed a memorandum of understanding on semiconductor cooperation.
            The Government has committed $40 million to train 500 new nurses by 2028.
            Electricity prices will rise by 20 per cent next year, analysts said.
            Analysts expect that the central bank will raise interest rates again.
            The Opposition did not commit to matching the funding.
            The Queensland Government will invest $250 million this year to build three new hospitals.
            The leaders look forward to welcoming a business delegation to Seoul.
            """;

    private static Document doc;

    @BeforeAll
    static void annotate() {
        doc = TestPipelines.standard().annotate(Document.of("en-test", "en-test.txt", TEXT));
        assertEquals("en", doc.languageCode());
    }

    @Test
    void agreementWithCountriesAndSectorsOfTheWholeSentence() {
        assertEquals("agreement [25,142) trigger 'agreed' actors [South Korea, Italy] "
                        + "sectors [ai, semiconductors, aerospace, defense] - agree-to",
                PledgeStrings.find(doc, "South Korea and Italy agreed"));
    }

    @Test
    void reaffirmationOfTheTwoSidesNamesBothCountries() {
        assertEquals("reaffirmation [190,283) trigger 'reaffirmed' actors [South Korea, Italy] "
                        + "sectors [peace_security] - reaffirm-commitment",
                PledgeStrings.find(doc, "The two sides also reaffirmed"));
    }

    @Test
    void signedInstrument() {
        assertEquals("signed [285,368) trigger 'signed' actors [South Korea, Italy] sectors [semiconductors] - "
                + "signed-instrument", PledgeStrings.find(doc, "The two countries signed"));
    }

    @Test
    void commitmentWithDeadlineFromThePublicationYear() {
        assertEquals("commitment [370,442) trigger 'committed' actors [Government] sectors [health] 2026..2028 "
                + "commit-to", PledgeStrings.find(doc, "The Government has committed"));
    }

    @Test
    void forecastsAreNotPledges() {
        assertTrue(doc.pledges().stream().noneMatch(p -> p.text().contains("prices will rise")
                || p.text().contains("central bank")), PledgeStrings.all(doc));
    }

    @Test
    void negatedCommitmentIsKeptAndMarked() {
        assertEquals("commitment [585,638) trigger 'commit' actors [Opposition] sectors [] - negated commit-to",
                PledgeStrings.find(doc, "The Opposition did not commit"));
    }

    @Test
    void willWithActorSubjectIsAnIntentionAndThisYearIsThePublicationYear() {
        assertEquals("intention [640,729) trigger 'will' actors [Queensland Government] sectors [health] 2026..2026 "
                + "will-action", PledgeStrings.find(doc, "The Queensland Government will invest"));
    }

    @Test
    void lookForwardWithoutNamedLeadersKeepsTheNoun() {
        assertEquals("intention [731,799) trigger 'look' actors [leaders] sectors [trade] - look-forward",
                PledgeStrings.find(doc, "The leaders look forward"));
    }

    @Test
    void spansAreOffsetsIntoTheOriginalText() {
        PledgeStrings.assertSpansHold(doc);
        assertEquals(7, doc.pledges().size(), PledgeStrings.all(doc));
    }
}
