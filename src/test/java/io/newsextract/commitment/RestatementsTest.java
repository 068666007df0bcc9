package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A headline that the lead restates is dropped, unless its verb names the act of pledging ({@code pledge-act}): then
 * it reports that a pledge was made and is a pledge of its own.
 */
class RestatementsTest {

    /** How many pledges start in the headline (the first line) and in the rest. */
    private static String headlineAndBody(Document doc) {
        int end = doc.text().indexOf('\n');
        long headline = doc.pledges().stream().filter(p -> p.start() < end).count();
        return headline + " " + (doc.pledges().size() - headline);
    }

    @Test
    void aHeadlineRestatedByTheLeadIsDropped() {
        Document doc = TestPipelines.standard().annotate(Document.of("restated", "restated.txt", """
                Australia and Japan agree to build hydrogen shipping corridor

                Australia and Japan agreed on Monday to build a hydrogen shipping corridor between the two countries.
                """));
        assertEquals("0 1", headlineAndBody(doc), PledgeStrings.all(doc));
    }

    @Test
    void aHeadlineThatNamesThePledgingStays() {
        Document doc = TestPipelines.standard().annotate(Document.of("pledging", "pledging.txt", """
                Sanders Promises Action On Immigration In First 100 Days

                Bernie Sanders promised on Monday to take action on immigration in his first 100 days as president.
                """));
        assertEquals("1 1", headlineAndBody(doc), PledgeStrings.all(doc));
    }
}
