package io.newsextract.attribution;

import io.newsextract.QuoteStrings;
import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import io.newsextract.api.Speaker;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The two sample articles: speakers clustered to their full names, joint statements to a group of both leaders. */
class SampleArticlesTest {

    private static String people(Document d) {
        return String.join(" | ", d.speakers().stream().map(Speaker::name).toList());
    }

    @Test
    void englishSample() {
        Document d = QuoteStrings.annotate("en", TestPipelines.read(TestPipelines.EN_SAMPLE));
        assertEquals("Lee Jae Myung | Giorgia Meloni | Lee Jae Myung and Giorgia Meloni", people(d));
        Speaker group = d.speakers().get(2);
        assertEquals("GROUP [s1, s2]", group.type() + " " + group.members());
    }

    @Test
    void italianSample() {
        Document d = QuoteStrings.annotate("it", TestPipelines.read(TestPipelines.IT_SAMPLE));
        assertEquals("Lee Jae Myung | Giorgia Meloni | Lee Jae Myung e Giorgia Meloni", people(d));
        assertEquals("q2 direct [945,1172) 'Nel corso dell'incontro odierno, il Primo Ministro Meloni e io abbiamo "
                + "concordato di sviluppare ulteriormente le relazioni bilaterali verso un livello orientato al futuro, "
                + "in linea con la designazione di partenariato strategico' <- s1 Lee Jae Myung (quote-cue-name)",
                QuoteStrings.quote(d, d.quotes().stream().filter(q -> q.kind().equals("direct")).findFirst().orElseThrow()));
    }
}
