package io.newsextract.clean;

import io.newsextract.TestPipelines;
import io.newsextract.api.CleanText;
import io.newsextract.api.Span;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleaningStageTest {

    private final CleaningStage stage = new CleaningStage();

    @Test
    void dropsMarkdownLinksEmphasisAndFootnotesKeepingTheWords() {
        String original = "tra la **Korea Association** e l'**ANIE** ([Italian Chamber \\[2\\]](#)) [1]\n";
        CleanText clean = stage.clean(original);
        assertEquals("tra la Korea Association e l'ANIE (Italian Chamber)\n", clean.text());
        int at = clean.text().indexOf("Korea Association");
        assertEquals("Korea Association", clean.toOriginal(at, at + 17).of(original));
        int anie = clean.text().indexOf("ANIE");
        assertEquals("ANIE", clean.toOriginal(anie, anie + 4).of(original));
    }

    @Test
    void dropsFooterAndShareWidgetLinesButKeepsTheirLineBreaks() {
        String original = "Testo dell'articolo.\n\nCondividi\n\nSource URL: <https://x.it/a>\n[1] https://x.it/b\nFine.";
        CleanText clean = stage.clean(original);
        assertEquals("Testo dell'articolo.\n\n\n\n\n\nFine.", clean.text());
        int fine = clean.text().indexOf("Fine.");
        assertEquals(new Span(original.indexOf("Fine."), original.length()), clean.toOriginal(fine, fine + 5));
    }

    @Test
    void everyWordOfTheCleanItalianSampleMapsToTheSameWordInTheOriginal() {
        String original = TestPipelines.read(TestPipelines.IT_SAMPLE);
        CleanText clean = stage.clean(original);
        assertFalse(clean.text().contains("**"));
        assertFalse(clean.text().contains("](#)"));
        assertFalse(clean.text().contains("Source URL"));
        assertFalse(clean.text().contains("Condividi"));
        assertTrue(clean.text().contains("Italian Chamber of Commerce in Korea)"), clean.text());
        Matcher words = Pattern.compile("[\\p{L}\\p{N}]+").matcher(clean.text());
        int n = 0;
        while (words.find()) {
            assertEquals(words.group(), clean.toOriginal(words.start(), words.end()).of(original));
            n++;
        }
        assertTrue(n > 900, "words checked: " + n);
    }

    @Test
    void stripsHtmlTagsScriptsAndEntitiesWithOffsetsIntoTheOriginal() {
        String page = "<html><head><title>T</title><script>var x = '<p>';</script></head>"
                + "<body><p>Lee &amp; Meloni <b>met</b> in Seoul.</p><p>Second.</p></body></html>";
        CleanText clean = new HtmlStripper().strip(page);
        assertTrue(new HtmlStripper().looksLikeHtml(page));
        assertEquals("T\nLee & Meloni met in Seoul.\nSecond.\n", clean.text());
        int seoul = clean.text().indexOf("Seoul");
        assertEquals("Seoul", clean.toOriginal(seoul, seoul + 5).of(page));
        int amp = clean.text().indexOf('&');
        assertEquals("&amp;", clean.toOriginal(amp, amp + 1).of(page));
    }
}
