package io.newsextract.commitment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Timeframes are spans of the original text with the years they cover, as {@code 'text' [start,end) from..to}. */
class TimeframesTest {

    private static final Timeframes EN = Timeframes.load("en");
    private static final Timeframes IT = Timeframes.load("it");

    private static String find(Timeframes t, String text, Integer published) {
        return t.find(text, 0, text.length(), published).map(tf -> {
            assertEquals(tf.text(), text.substring(tf.start(), tf.end()), "span of " + tf);
            return "'" + tf.text() + "' [" + tf.start() + "," + tf.end() + ") " + tf.fromYear() + ".." + tf.toYear();
        }).orElse("-");
    }

    @Test
    void english() {
        assertEquals("'2026-30' [15,22) 2026..2030", find(EN, "a plan for the 2026-30 period", 2026));
        assertEquals("'by 2030' [14,21) 2025..2030", find(EN, "cut emissions by 2030", 2025));
        assertEquals("'by 2030' [14,21) null..2030", find(EN, "cut emissions by 2030", null));
        assertEquals("'next year' [5,14) 2026..2026", find(EN, "open next year", 2025));
        assertEquals("'over the next four years' [6,30) 2025..2029", find(EN, "spend over the next four years", 2025));
    }

    @Test
    void italian() {
        assertEquals("'entro il 2030' [8,21) 2024..2030", find(IT, "ridurre entro il 2030", 2024));
        assertEquals("'nel 2027' [7,15) 2027..2027", find(IT, "aprirà nel 2027", 2024));
        assertEquals("-", find(IT, "aprirà presto", 2024));
    }
}
