package io.newsextract;

import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.ArticleRecord;
import io.newsextract.clean.CleaningStage;
import io.newsextract.clean.MetadataStage;
import io.newsextract.io.Json;
import io.newsextract.lang.LanguageDetectionStage;
import io.newsextract.lexicon.LanguageConfig;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.segment.SegmentationStage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReliabilityTest {

    private static List<String> articles() {
        List<String> texts = new ArrayList<>();
        String en = TestPipelines.read(TestPipelines.EN_SAMPLE);
        String[] paragraphs = en.split("\n");
        for (int i = 0; i + 2 < paragraphs.length; i += 2) {
            texts.add(paragraphs[i] + "\n" + paragraphs[i + 1] + "\n" + paragraphs[i + 2]);
        }
        return texts;
    }

    @Test
    void eightThreadsAtOnceGiveWhatOneThreadGives() throws Exception {
        Pipeline p = TestPipelines.standard();
        List<String> texts = articles();
        List<String> serial = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            serial.add(Json.MAPPER.writeValueAsString(p.process("d" + i, texts.get(i))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(() -> Json.MAPPER.writeValueAsString(p.process("d" + k, texts.get(k)))));
                }
            }
            for (int j = 0; j < futures.size(); j++) {
                assertEquals(serial.get(j % texts.size()), futures.get(j).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Random damage to real articles: no exception escapes and every span stays valid. */
    @Test
    void fuzzedArticlesNeverThrowAndKeepEverySpanValid() {
        Random random = new Random(20261124);
        List<String> seeds = articles();
        String quoteMarks = "\"“”«»‘’'";
        String noise = "\u0000\u200b\ufeff\u00a0\u2028\ud83d\ude00\u0301\t\r\n<>&*[]()_#\\é–—…";
        int runs = 300;
        for (int n = 0; n < runs; n++) {
            StringBuilder t = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(12);
            for (int e = 0; e < edits && t.length() > 0; e++) {
                int at = random.nextInt(t.length());
                switch (random.nextInt(6)) {
                    case 0 -> t.insert(at, quoteMarks.charAt(random.nextInt(quoteMarks.length())));
                    case 1 -> {
                        int q = indexOfAny(t, quoteMarks, at);
                        if (q >= 0) {
                            t.deleteCharAt(q);
                        }
                    }
                    case 2 -> {
                        int q = indexOfAny(t, quoteMarks, at);
                        if (q >= 0) {
                            t.insert(q, t.charAt(q));
                        }
                    }
                    case 3 -> t.insert(at, noise.charAt(random.nextInt(noise.length())));
                    case 4 -> t.setLength(at);
                    default -> t.insert(at, (char) (random.nextInt(0xD7FF - 0x20) + 0x20));
                }
            }
            String text = t.toString();
            Document d = TestPipelines.standard().annotate(Document.of("f" + n, "f.txt", text));
            SpanValidityTest.assertAllSpansValid(d);
            ArticleRecord.of(d);
        }
    }

    private static int indexOfAny(CharSequence s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A 10 MB article is annotated in pieces, so memory stays bounded, and its spans point into the whole text. */
    @Test
    void aTenMegabyteArticleIsAnnotatedInPiecesWithValidSpans() {
        Map<String, LanguageConfig> en = Map.of("en", LanguageConfig.load("en"));
        Pipeline p = Pipeline.builder()
                .add(new LanguageDetectionStage()).add(new CleaningStage())
                .add(new MetadataStage(LanguageResources.load(en.keySet()))).add(new SegmentationStage(en)).build();
        String paragraph = TestPipelines.read(TestPipelines.EN_SAMPLE).split("\n")[1] + "\n";
        StringBuilder big = new StringBuilder(10_500_000);
        while (big.length() < 10_000_000) {
            big.append(paragraph);
        }
        Document d = p.annotate(Document.of("big", "big.txt", big.toString()));
        assertEquals("en", d.languageCode());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("pieces")), d.warnings().toString());
        assertTrue(d.tokenCount() > 1_500_000, "tokens " + d.tokenCount());
        var last = d.sentences().get(d.sentences().size() - 1);
        assertEquals(paragraph.strip(), big.substring(last.span().start(), last.span().end()));
    }
}
