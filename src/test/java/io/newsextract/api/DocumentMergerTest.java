package io.newsextract.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A pledge of a later piece keeps every span, timeframe and amount included, valid in the whole text. */
class DocumentMergerTest {

    @Test
    void pledgeSpansOfAPieceAreShiftedIntoTheWholeText() {
        String first = "Nothing pledged here.\n";
        String second = "We will spend $20 million by 2030.";
        Document whole = Document.of("d", "d.txt", first + second);
        Document piece = Document.of("d", "d.txt", second).withPledges(List.of(new Pledge("p1", second, 0,
                second.length(), List.of(), TextSpan.of(second, 3, 7), "spend $20 million by 2030", "intention",
                List.of(), new Pledge.Timeframe("by 2030", 26, 33, null, 2030),
                new Pledge.Amount("$20 million", 14, 25, new BigDecimal("20000000"), "USD"), false, null, "will", 0.6)));
        DocumentMerger merger = new DocumentMerger(whole);
        merger.add(Document.of("d", "d.txt", first), 0);
        merger.add(piece, first.length());
        Pledge p = merger.build(2).pledges().get(0);
        String text = whole.text();
        assertEquals("'We will spend $20 million by 2030.' 'will' 'by 2030' [48,55) null..2030 '$20 million' [36,47) USD",
                "'" + text.substring(p.start(), p.end()) + "' '" + text.substring(p.trigger().start(), p.trigger().end())
                        + "' '" + text.substring(p.timeframe().start(), p.timeframe().end()) + "' ["
                        + p.timeframe().start() + "," + p.timeframe().end() + ") " + p.timeframe().fromYear() + ".."
                        + p.timeframe().toYear() + " '" + text.substring(p.amount().start(), p.amount().end()) + "' ["
                        + p.amount().start() + "," + p.amount().end() + ") " + p.amount().currency());
    }
}
