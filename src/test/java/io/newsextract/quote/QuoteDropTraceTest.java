package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Marks that are no quote (scare quotes, a title-case name) are dropped, and the trace says which rule did it. */
class QuoteDropTraceTest {

    private static final QuoteDetectionStage STAGE = new QuoteDetectionStage(io.newsextract.testing.TaggedDoc.RESOURCES);

    @Test
    void scareQuoteAndTitleAreDropped() {
        Document d = STAGE.annotate(TaggedDoc.parse("en", """
                The/DT so-called/JJ “/`` reform/NN ”/'' was/VBD debated/VBN in/IN “/`` The/DT Evening/NNP \
                Review/NNP ”/'' on/IN Monday/NNP ./."""));
        assertEquals("", d.quotes().stream().map(q -> q.text()).collect(Collectors.joining(",")));
        assertEquals("""
                quotes scare-quote DROPPED 'reform'
                quotes title-case-name DROPPED 'The Evening Review'""", d.trace().stream()
                .map(x -> x.stage() + " " + x.rule() + " " + x.verdict() + " '" + x.text() + "'")
                .collect(Collectors.joining("\n")));
    }
}
