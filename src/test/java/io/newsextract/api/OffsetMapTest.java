package io.newsextract.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffsetMapTest {

    @Test
    void mapsKeptAndReplacedRangesBackToTheOriginal() {
        String original = "a **bold** &amp; b";
        CleanText clean = new OffsetMap.Builder(original)
                .keep(0, 2).keep(4, 8).keep(10, 11).replace(11, 16, "&").keep(16, 18).build();
        assertEquals("a bold & b", clean.text());
        assertEquals("bold", clean.toOriginal(2, 6).of(original));
        assertEquals("&amp;", clean.toOriginal(7, 8).of(original));
        assertEquals("bold** &amp; b", clean.toOriginal(2, 10).of(original));
    }

    @Test
    void anUnchangedTextHasTheIdentityMap() {
        CleanText clean = new OffsetMap.Builder("same").keep(0, 4).build();
        assertTrue(clean.offsets().isIdentity());
        assertEquals(new Span(1, 3), clean.toOriginal(1, 3));
    }
}
