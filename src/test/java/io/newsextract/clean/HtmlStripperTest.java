package io.newsextract.clean;

import io.newsextract.api.CleanText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlStripperTest {

    /** Each clean character with the page text it stands for, where that is not the character itself. */
    private static String sources(String page, CleanText clean) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < clean.text().length(); i++) {
            String source = clean.toOriginal(i, i + 1).of(page);
            String c = clean.text().substring(i, i + 1);
            if (!source.equals(c)) {
                out.add(c.replace("\n", "\\n") + "=" + source);
            }
        }
        return String.join(" ", out);
    }

    @Test
    void everyEntityIsDecodedAndMapsToItsWholeReference() {
        String page = "<p>Caff&egrave; &amp; t&Egrave; &laquo;s&igrave;&raquo;<!-- x --> &#8211; &#x2014; &bogus;</p>";
        CleanText clean = new HtmlStripper().strip(page);
        assertEquals("Caffè & tÈ «sì» – — &bogus;\n", clean.text());
        assertEquals("è=&egrave; &=&amp; È=&Egrave; «=&laquo; ì=&igrave; »=&raquo; –=&#8211; —=&#x2014; \\n=</p>",
                sources(page, clean));
    }

    @Test
    void aWordEndsWhereItsTextEndsNotAfterTheTagThatFollows() {
        String page = "<div><b>Meloni</b> met <i>Lee</i>.</div><div></div><p>Next</p>";
        CleanText clean = new HtmlStripper().strip(page);
        assertEquals("Meloni met Lee.\nNext\n", clean.text());
        int meloni = clean.text().indexOf("Meloni");
        assertEquals("Meloni", clean.toOriginal(meloni, meloni + 6).of(page));
        int lee = clean.text().indexOf("Lee");
        assertEquals("Lee", clean.toOriginal(lee, lee + 3).of(page));
    }

    @Test
    void entitiesInPlainTextAreDecodedOneByOne() {
        assertEquals("è", HtmlStripper.decodeEntity("&egrave;"));
        assertEquals(" ", HtmlStripper.decodeEntity("&nbsp;"), "a plain space, as before");
        assertEquals("😀", HtmlStripper.decodeEntity("&#x1F600;"));
        assertNull(HtmlStripper.decodeEntity("&bogus;"));
    }
}
