package io.newsextract.testing;

import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The pre-tagged document notation: what it builds, and that writing a document gives back its notation. */
class TaggedDocTest {

    private static final String NOTATION = """
            Senator/NNP Mary/NNP/PERSON Jones/NNP/PERSON *said/VBD [i the/DT plan/NN was/VBD “/`` [p dead/JJ on/IN \
            arrival/NN ] ./. ”/'' ]

            “/`` [d We/PRP 're/VBP ready/JJ ] ,/, ”/'' said/VBD Lee/NNP/PERSON Kim/NNP/B-PERSON ./.
            """;

    @Test
    void textTokensEntitiesAndQuotes() {
        Document d = TaggedDoc.parse("en", NOTATION);
        assertEquals("Senator Mary Jones said the plan was “dead on arrival.”\n\n“We're ready,” said Lee Kim.",
                d.text());
        assertEquals("en 2 sentences, 23 tokens", d.languageCode() + " " + d.sentences().size() + " sentences, "
                + d.tokenCount() + " tokens");
        assertEquals("PERSON 'Mary Jones' [8,18), PERSON 'Lee' [77,80), PERSON 'Kim' [81,84)", d.entities().stream()
                .map(e -> e.type() + " '" + e.text() + "' " + e.span()).collect(Collectors.joining(", ")));
        assertEquals("q1 indirect 'the plan was “dead on arrival.”' cue said, q2 partial 'dead on arrival' cue -, "
                + "q3 direct 'We're ready' cue -", d.quotes().stream().map(q -> q.id() + " " + q.kind() + " '"
                + q.text() + "' cue " + (q.cue() == null ? "-" : q.cue().text())).collect(Collectors.joining(", ")));
        assertEquals("NNP PERSON", d.sentences().get(1).tokens().get(8).pos() + " " + d.tokens().get(2).ner());
    }

    @Test
    void writesWhatItReads() {
        String written = TaggedDoc.write(TaggedDoc.parse("en", NOTATION));
        assertEquals(NOTATION, written);
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> TaggedDoc.parse("en", "“/`` [d We/PRP win/VBP"));
    }
}
