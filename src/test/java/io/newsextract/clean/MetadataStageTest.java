package io.newsextract.clean;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetadataStageTest {

    @Test
    void englishSampleHasItsDateAndDateline() {
        Document d = TestPipelines.englishSample();
        assertEquals("2026-01-20", d.metadata().published().toString());
        assertEquals("SEOUL", d.metadata().dateline());
        assertEquals("January 20, 2026", d.metadata().publishedSpan().text());
    }

    @Test
    void italianSampleHasItsDateAndNoDateline() {
        Document d = TestPipelines.italianSample();
        assertEquals("2026-02-04", d.metadata().published().toString());
        assertEquals("Mercoledì 4 Febbraio 2026".substring(10), d.metadata().publishedSpan().text());
        assertNull(d.metadata().dateline());
    }

    @Test
    void datelinesWithAgencyAndDatesInOtherOrders() {
        Document d = TestPipelines.standard().annotate(Document.of("t", "t.txt",
                "WASHINGTON (Reuters) - The Senate passed the bill on 3 March 2025, officials said on Tuesday."));
        assertEquals("WASHINGTON", d.metadata().dateline());
        assertEquals("2025-03-03", d.metadata().published().toString());
        Document it = TestPipelines.standard().annotate(Document.of("t", "t.txt",
                "ROMA – Il governo ha approvato il decreto il 12 dicembre 2025, ha detto il ministro dell'Economia."));
        assertEquals("ROMA", it.metadata().dateline());
        assertEquals("2025-12-12", it.metadata().published().toString());
    }
}
