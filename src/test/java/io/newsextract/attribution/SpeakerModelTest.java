package io.newsextract.attribution;

import io.newsextract.api.Decision;
import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.corpora.Polnear;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Trainer;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speaker model trained on a tiny fixture of pre-tagged documents with their sources (no CoreNLP, no shared
 * corpora): examples are labelled, training gives the same file twice, and the stage with the model answers every
 * quote with a method and the model's probability as its confidence.
 */
class SpeakerModelTest {

    private static final Trainer.Settings SETTINGS = new Trainer.Settings(50, 1.0, 1);

    private record Fixture(Document doc, List<Polnear.Attribution> gold) {
    }

    private static List<Fixture> fixtures() throws IOException {
        String all;
        try (InputStream in = SpeakerModelTest.class.getResourceAsStream("speaker-fixture.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Fixture> out = new ArrayList<>();
        for (String part : all.replaceAll("(?m)^#.*\n", "").split("(?m)^---\n")) {
            int nl = part.indexOf('\n');
            String[] sources = part.substring(0, nl).replaceFirst("^sources: ", "").split(" \\| ");
            Document doc = TaggedDoc.parse("en", part.substring(nl + 1).strip());
            List<Quote> quotes = doc.quotes().stream().filter(q -> !q.kind().equals("indirect")).toList();
            assertEquals(sources.length, quotes.size(), part);
            List<Polnear.Attribution> gold = new ArrayList<>();
            for (int i = 0; i < sources.length; i++) {
                int at = doc.text().indexOf(sources[i]);
                assertTrue(at >= 0, sources[i]);
                gold.add(new Polnear.Attribution(fragments(at, at + sources[i].length()), null,
                        fragments(quotes.get(i).start(), quotes.get(i).end())));
            }
            out.add(new Fixture(doc, gold));
        }
        return out;
    }

    private static Polnear.Fragments fragments(int start, int end) {
        return new Polnear.Fragments(List.<int[]>of(new int[]{start, end}));
    }

    private static Classifier train(List<Fixture> fixtures) {
        SpeakerExamples examples = new SpeakerExamples(TaggedDoc.RESOURCES);
        Trainer trainer = new Trainer();
        for (Fixture f : fixtures) {
            SpeakerExamples.addTo(trainer, examples.of(f.doc(), f.gold()));
        }
        assertTrue(trainer.size() > 8, "examples: " + trainer.size());
        return trainer.train("speaker", SETTINGS);
    }

    @Test
    void everyFixtureQuoteHasItsSourceAmongTheCandidates() throws IOException {
        SpeakerExamples examples = new SpeakerExamples(TaggedDoc.RESOURCES);
        int quotes = 0;
        for (Fixture f : fixtures()) {
            for (SpeakerExamples.Quote q : examples.of(f.doc(), f.gold())) {
                assertTrue(q.reachable(), f.doc().text());
                quotes++;
            }
        }
        assertEquals(8, quotes);
    }

    @Test
    void trainingTwiceWritesTheSameFile(@TempDir Path dir) throws IOException {
        List<Fixture> fixtures = fixtures();
        Trainer.write(train(fixtures), dir.resolve("a.bin"));
        Trainer.write(train(fixtures), dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
    }

    @Test
    void theStageWithTheModelNamesAMethodAndTheModelsConfidence(@TempDir Path dir) throws IOException {
        List<Fixture> fixtures = fixtures();
        Trainer.write(train(fixtures), dir.resolve("speaker.bin"));
        Classifier model = Classifier.load("speaker", dir.resolve("speaker.bin"));
        AttributionStage stage = new AttributionStage(TaggedDoc.RESOURCES, model);
        Document out = stage.annotate(fixtures.get(0).doc());
        assertEquals("q1 John Smith [quote-name-cue]\nq2 John Smith [quote-name-cue]", String.join("\n",
                out.quotes().stream().map(q -> q.id() + " " + q.speaker().name() + " [" + q.method() + "]").toList()));
        for (Quote q : out.quotes()) {
            assertNotNull(q.confidence());
            assertTrue(q.confidence() > 0.5 && q.confidence() <= 1.0, "confidence " + q.confidence());
        }
        List<Decision> made = out.trace().stream().filter(d -> d.verdict() == Decision.Verdict.MADE).toList();
        assertEquals(2, made.size());
        assertTrue(made.get(0).note().matches("John Smith \\(p=0\\.\\d\\d of \\d+ candidates\\)"), made.get(0).note());
    }
}
