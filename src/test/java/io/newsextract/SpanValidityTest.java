package io.newsextract;

import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.Pledge;
import io.newsextract.api.Quote;
import io.newsextract.api.ArticleRecord;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Speaker;
import io.newsextract.api.TextSpan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** SCHEMA.md: text.substring(start, end) equals the span's text for every span of every record. */
class SpanValidityTest {

    static void assertAllSpansValid(Document d) {
        ArticleRecord r = ArticleRecord.of(d);
        String text = d.text();
        for (EntityMention e : r.entities()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()), "entity " + e);
        }
        for (Quote q : r.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()), "quote " + q.id());
            check(text, q.cue());
        }
        for (Speaker s : r.speakers()) {
            s.mentions().forEach(m -> check(text, m));
        }
        for (SectorHit s : r.sectors()) {
            s.mentions().forEach(m -> check(text, m));
        }
        for (Pledge p : r.pledges()) {
            assertEquals(p.text(), text.substring(p.start(), p.end()), "pledge " + p.id());
            check(text, p.trigger());
            if (p.timeframe() != null) {
                check(text, new TextSpan(p.timeframe().text(), p.timeframe().start(), p.timeframe().end()));
            }
            if (p.amount() != null) {
                check(text, new TextSpan(p.amount().text(), p.amount().start(), p.amount().end()));
            }
        }
        check(text, d.metadata().publishedSpan());
        check(text, d.metadata().datelineSpan());
    }

    private static void check(String text, TextSpan s) {
        if (s != null) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "span " + s);
        }
    }

    @Test
    void englishSample() {
        Document d = TestPipelines.englishSample();
        assertEquals("en", d.languageCode());
        assertFalse(d.entities().isEmpty());
        assertAllSpansValid(d);
    }

    @Test
    void italianSample() {
        Document d = TestPipelines.italianSample();
        assertEquals("it", d.languageCode());
        assertFalse(d.entities().isEmpty());
        assertAllSpansValid(d);
    }
}
