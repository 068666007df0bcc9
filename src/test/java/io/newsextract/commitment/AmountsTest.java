package io.newsextract.commitment;

import io.newsextract.api.PipelineException;
import io.newsextract.api.Pledge;
import io.newsextract.lexicon.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money in both languages from models/<lang>/amounts.tsv, as {@code 'text' [start,end) value CUR}. */
class AmountsTest {

    private static final Amounts EN = Amounts.load("en");
    private static final Amounts IT = Amounts.load("it");

    private static String find(Amounts amounts, String text) {
        return find(amounts, text, 0);
    }

    private static String find(Amounts amounts, String text, int from) {
        return amounts.find(text, from, text.length()).map(a -> {
            assertEquals(a.text(), text.substring(a.start(), a.end()), "span of " + a);
            return "'" + a.text() + "' [" + a.start() + "," + a.end() + ") " + a.value().toPlainString() + " "
                    + a.currency();
        }).orElse("-");
    }

    @Test
    void english() {
        assertEquals("'$20 million' [18,29) 20000000 USD", find(EN, "Labor will invest $20 million in TAFE"));
        assertEquals("'US$1.5 billion' [11,25) 1500000000 USD", find(EN, "It pledged US$1.5 billion."));
        assertEquals("'€1.5bn' [8,14) 1500000000 EUR", find(EN, "It gave €1.5bn to farms"));
        assertEquals("'£300m' [10,15) 300000000 GBP", find(EN, "a fund of £300m, to be spent"));
        assertEquals("'$250 million' [4,16) 250000000 USD", find(EN, "the $250 million plan"));
        assertEquals("'$1,500.5' [4,12) 1500.5 USD", find(EN, "pay $1,500.5 each"));
        assertEquals("'20 million euros' [7,23) 20000000 EUR", find(EN, "invest 20 million euros"));
        assertEquals("'A$40 million' [4,16) 40000000 AUD", find(EN, "the A$40 million grant"));
    }

    @Test
    void englishNeedsACurrency() {
        assertEquals("-", find(EN, "create 20 million jobs by 2030"));
        assertEquals("'$5' [0,2) 5 USD", find(EN, "$5 more"), "the m of 'more' is no scale");
    }

    @Test
    void italian() {
        assertEquals("'2 miliardi di euro' [12,30) 2000000000 EUR", find(IT, "stanzierà i 2 miliardi di euro"));
        assertEquals("'20 milioni di dollari' [8,29) 20000000 USD", find(IT, "investe 20 milioni di dollari"));
        assertEquals("'1,5 miliardi' [4,16) 1500000000 EUR", find(IT, "con 1,5 miliardi per la sanità"));
        assertEquals("'500 mila euro' [4,17) 500000 EUR", find(IT, "con 500 mila euro"));
        assertEquals("'1.500,5 euro' [5,17) 1500.5 EUR", find(IT, "paga 1.500,5 euro"));
        assertEquals("'€1,5 miliardi' [5,18) 1500000000 EUR", find(IT, "dare €1,5 miliardi"));
        assertEquals("'7.4 milioni di euro' [4,23) 7400000 EUR", find(IT, "con 7.4 milioni di euro di aiuti"),
                "a point before one or two digits is a decimal point written in English");
        assertEquals("'1.500 euro' [5,15) 1500 EUR", find(IT, "paga 1.500 euro"));
        assertEquals("'100 miliardi' [10,22) 100000000000 EUR", find(IT, "oltre che 100 miliardi di interventi"));
    }

    @Test
    void numbersWrittenAsWords() {
        assertEquals("'cento miliardi di dollari' [17,42) 100000000000 USD",
                find(IT, "verranno chiesti cento miliardi di dollari per il 2007"));
        assertEquals("'un miliardo di euro' [10,29) 1000000000 EUR", find(IT, "stanziato un miliardo di euro"));
        assertEquals("'mezzo miliardo' [4,18) 500000000 EUR", find(IT, "con mezzo miliardo per la scuola"));
        assertEquals("'Two billion dollars' [0,19) 2000000000 USD", find(EN, "Two billion dollars will go to roads"));
        assertEquals("-", find(IT, "tre milioni di persone"), "a spelled scale of something else is no money either");
        assertEquals("-", find(IT, "Il presidente, che sei anni fa"), "a numeral word alone is no amount");
        assertEquals("-", find(EN, "one of the two plans"));
    }

    @Test
    void italianScaleOfSomethingElseIsNoMoney() {
        assertEquals("-", find(IT, "2 milioni di persone"));
    }

    @Test
    void leftmostAmountInTheRegion() {
        String text = "£1 million now, £2 million later";
        assertEquals("'£1 million' [0,10) 1000000 GBP", find(EN, text));
        assertEquals("'£2 million' [16,26) 2000000 GBP", find(EN, text, 5));
    }

    @Test
    void malformedRowFailsNamingFileAndRow(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("xx"));
        Files.writeString(dir.resolve("xx/amounts.tsv"), "decimal\t.\nthousands\t,\nscale\tmillion\tlots\n");
        PipelineException e = assertThrows(PipelineException.class, () -> Amounts.load(DataFolder.of(dir), "xx"));
        assertTrue(e.getMessage().startsWith("models/xx/amounts.tsv: row 3 'scale <TAB> million <TAB> lots'"),
                e.getMessage());
        Files.writeString(dir.resolve("xx/amounts.tsv"), "decimal\t.\nthousands\t,\nsymbol\t$\tdollar\n");
        e = assertThrows(PipelineException.class, () -> Amounts.load(DataFolder.of(dir), "xx"));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("ISO 4217"), e.getMessage());
        Files.writeString(dir.resolve("xx/amounts.tsv"), "decimal\t.\nthousands\t,\npattern\tbare\t{number}\\s{scale}\n");
        e = assertThrows(PipelineException.class, () -> Amounts.load(DataFolder.of(dir), "xx"));
        assertEquals("models/xx/amounts.tsv: pattern 'bare' names no currency and there is no 'default'", e.getMessage());
    }
}
