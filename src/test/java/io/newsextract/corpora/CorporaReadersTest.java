package io.newsextract.corpora;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorporaReadersTest {

    @Test
    void bratAttributionsKeepDiscontinuousFragmentsInOrder() {
        String text = "Obama said the deal, he added, was good.";
        String ann = "T1\tSource 0 5\tObama\nT2\tCue 6 10\tsaid\nT3\tContent 11 19;31 39\tthe deal was good\n"
                + "T4\tAttribution 0 39\tx\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                + "T5\tContent 0 3\tOba\nE2\tAttribution:T4 Content:T5\n";
        List<Polnear.Attribution> a = Polnear.parse(ann);
        assertEquals(2, a.size());
        assertEquals("Obama", a.get(0).source().text(text));
        assertEquals("said", a.get(0).cue().text(text));
        assertEquals("the deal was good", a.get(0).content().text(text));
        assertEquals(11, a.get(0).content().start());
        assertEquals(39, a.get(0).content().end());
        assertTrue(a.get(0).content().covers(31));
        assertTrue(!a.get(0).content().covers(22));
        assertNull(a.get(1).source());
    }

    @Test
    void speechActsCsvHandlesQuotedCommasAndDoubledQuotes() {
        String csv = "Id,Sentence,Categories,Target Party,Specificity,Split\n"
                + "1,\"Labor will invest $20 million, in \"\"schools\"\".\",Commissive-A,Labor,,\r\n"
                + "2,The Liberals cut health.,Assertive,Liberal,,\n";
        List<SpeechActs.Sentence> s = SpeechActs.parse(csv);
        assertEquals(2, s.size());
        assertEquals("Labor will invest $20 million, in \"schools\".", s.get(0).text());
        assertTrue(s.get(0).pledge());
        assertTrue(!s.get(1).pledge());
    }
}
