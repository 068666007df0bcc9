package io.newsextract.attribution;

import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.Speaker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The English sample article (corpus/en/002_…), pre-tagged as the pipeline tagged it: speakers clustered to their full
 * names, the joint statements to a group of both leaders, and how many quotes each rule attributed.
 */
class SampleArticleTest {

    private static Document sample() throws IOException {
        try (InputStream in = SampleArticleTest.class.getResourceAsStream("en-sample.tagged")) {
            return Attributed.annotate("en", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void speakersAndMethods() throws IOException {
        Document d = sample();
        assertEquals("Lee Jae Myung | Giorgia Meloni | Lee Jae Myung and Giorgia Meloni",
                d.speakers().stream().map(Speaker::name).collect(Collectors.joining(" | ")));
        assertEquals("GROUP [s1, s2]", d.speakers().get(2).type() + " " + d.speakers().get(2).members());
        Map<String, Long> methods = new TreeMap<>(d.quotes().stream()
                .collect(Collectors.groupingBy(Quote::method, Collectors.counting())));
        assertEquals("{group-phrase/group=2, inside-reported=9, name-cue-quote=2, name-cue-quote/group=2, "
                + "quote-name-cue=2, quote-name-cue/pronoun=1, reported-cue=6, reported-cue/group=3, "
                + "reported-cue/pronoun=3}", methods.toString());
    }
}
