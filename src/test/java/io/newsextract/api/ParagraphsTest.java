package io.newsextract.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One definition of a paragraph, for text with blank lines, with one paragraph a line, and one sentence a line. */
class ParagraphsTest {

    private static String paragraphs(String text) {
        List<Span> spans = Paragraphs.of(text, "«“", "»”");
        return spans.stream().map(s -> "'" + s.of(text) + "'").collect(Collectors.joining(" | "));
    }

    @Test
    void blankLinesEndParagraphs() {
        assertEquals("'A b.' | 'C d.'", paragraphs("A b.\n\n  \nC d.\n"));
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() {
        assertEquals("'A b.' | 'C d.' | 'E f.'", paragraphs("A b.\nC d.\n\nE f."));
    }

    @Test
    void aLineThatDoesNotEndItsSentenceGoesOnInLowerCase() {
        assertEquals("'I danni risultano ingenti:\nsi stimano superiori ad un milione.' | 'Libri antichi.'",
                paragraphs("I danni risultano ingenti:\nsi stimano superiori ad un milione.\nLibri antichi."));
    }

    @Test
    void aQuoteLeftOpenGoesOnUnlessTheNextLineReopensIt() {
        assertEquals("'«Se vuoi va bene.\nNon puoi coprirti il volto».' | 'Diversa invece.'",
                paragraphs("«Se vuoi va bene.\nNon puoi coprirti il volto».\nDiversa invece."));
        assertEquals("'“First part.' | '“Second part.”'", paragraphs("“First part.\n“Second part.”"));
    }

    @Test
    void hardWrappedTextBreaksOnlyAtBlankLines() {
        String text = "The plan was\nannounced on a\nrainy day and\nwelcomed by all.\n\nNext one.";
        assertEquals("'The plan was\nannounced on a\nrainy day and\nwelcomed by all.' | 'Next one.'", paragraphs(text));
    }
}
