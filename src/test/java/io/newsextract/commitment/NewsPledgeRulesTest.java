package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The English rules for how news reports a pledge (a proposal by its author, a promise or a plan as a noun, a measure
 * passed, a threat) and the near misses that are none (pledged delegates, a wish, a stance reaffirmed).
 */
class NewsPledgeRulesTest {

    private static final String TEXT = """
            May 2, 2016

            Clinton has proposed new tax credits for manufacturers.
            The contender will propose spending $2 billion a year on research.
            Sanders made good on a promise to end private prisons.
            The senator introduced a bill that would ban fracking.
            Both the House and the Senate have approved amendments to the budget bill.
            Her plan to invest $30 billion in Appalachia drew praise.
            Trump has threatened to impose tariffs on Mexican imports.
            The Obama administration called for tripling the number of trade enforcers.
            We have a commitment to running a campaign in all 50 states, the manager said.
            He plans to remain a Democrat.
            President Obama is seeking congressional approval of the trade pact.
            The party has authorized a significant staffing increase.
            We are going to build a wall, Trump said.
            We are going to build a wall.
            Clinton has reserved about $9.2 million in airtime this week.
            Clinton leads Sanders by nearly 300 pledged delegates.
            I would love to have Michael Bloomberg run, Trump said.
            Some Republicans reaffirmed their opposition to Trump.
            The leaders look forward to the discussion.
            Sanders said he will be releasing broader immigration policies in the coming days.
            """;

    private static Document doc;

    @BeforeAll
    static void annotate() {
        doc = TestPipelines.standard().annotate(Document.of("en-news", "en-news.txt", TEXT));
        assertEquals("en", doc.languageCode());
    }

    @Test
    void aProposalOrABillByItsAuthorIsAnIntention() {
        assertEquals("intention propose | intention propose | intention announce-plan", methods("Clinton has proposed")
                + " | " + methods("The contender will propose") + " | " + methods("The senator introduced"));
    }

    @Test
    void aPromiseOrAPlanAsANounIsAPledge() {
        assertEquals("commitment promise-noun | intention possessive-plan | commitment have-commitment",
                methods("Sanders made good") + " | " + methods("Her plan to invest") + " | "
                        + methods("We have a commitment"));
    }

    @Test
    void aMeasurePassedByTheChambersIsSigned() {
        assertEquals("signed pass-measure", methods("Both the House"));
    }

    @Test
    void aThreatAndACallForAMeasureArePledges() {
        assertEquals("commitment threaten-to | intention call-for",
                methods("Trump has threatened") + " | " + methods("The Obama administration called"));
    }

    @Test
    void aPersonPronounIsAnActorOutsideReportedSpeechAndAirtimeReservedIsNoPledge() {
        assertEquals("intention aim-to | none", methods("He plans") + " | " + methods("Clinton has reserved"));
    }

    @Test
    void seekingApprovalAndAuthorizingAreIntentions() {
        assertEquals("intention seek-approval | intention authorize",
                methods("President Obama is seeking") + " | " + methods("The party has authorized"));
    }

    @Test
    void aPledgeRepeatedAfterTheOpeningSentencesIsNoHeadlineAndStays() {
        assertEquals(2, doc.pledges().stream().filter(p -> p.text().startsWith("We are going to build a wall")).count(),
                PledgeStrings.all(doc));
    }

    @Test
    void pledgedDelegatesAWishAStanceAMeetingAndAScheduleAreNone() {
        assertEquals("none | none | none | none | none", methods("Clinton leads Sanders") + " | "
                + methods("I would love") + " | " + methods("Some Republicans reaffirmed") + " | "
                + methods("The leaders look forward") + " | " + methods("Sanders said he will be releasing"));
    }

    @Test
    void spansHold() {
        PledgeStrings.assertSpansHold(doc);
    }

    /** The strength and method of each pledge in the sentence that starts with {@code sentenceStart}, or "none". */
    private static String methods(String sentenceStart) {
        int start = TEXT.indexOf(sentenceStart);
        int end = TEXT.indexOf('\n', start);
        String found = doc.pledges().stream().filter(p -> p.start() >= start && p.start() < end)
                .map(p -> p.strength() + " " + p.method()).collect(Collectors.joining(", "));
        return found.isEmpty() ? "none" : found;
    }
}
