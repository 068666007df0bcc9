package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.corpora.Polnear;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains the learned cue decision on a tiny pre-tagged fixture (no CoreNLP, no ../shared) and runs it in the stage. */
class ReportedCueTargetTest {

    /** The fixture's articles: pre-tagged documents without their indirect quotes, and the gold they held. */
    private static List<Object[]> fixture() throws IOException {
        String all;
        try (InputStream in = ReportedCueTargetTest.class.getResourceAsStream("/learn/reported-cue-tiny.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*\n", "");
        }
        List<Object[]> out = new ArrayList<>();
        int n = 0;
        for (String notation : all.split("===\n")) {
            Document tagged = TaggedDoc.parse("en", notation);
            List<Polnear.Attribution> gold = new ArrayList<>();
            for (Quote q : tagged.quotes()) {
                if (q.kind().equals("indirect")) {
                    gold.add(new Polnear.Attribution(null, fragments(q.cue().start(), q.cue().end()),
                            fragments(q.start(), q.end())));
                }
            }
            Document doc = tagged.withQuotes(tagged.quotes().stream().filter(q -> !q.kind().equals("indirect")).toList());
            out.add(new Object[]{new Polnear.Article("a" + n++, doc.text(), gold), doc});
        }
        return out;
    }

    private static Polnear.Fragments fragments(int start, int end) {
        return new Polnear.Fragments(List.of(new int[]{start, end}));
    }

    private static List<ReportedCueTarget.Example> examples() throws IOException {
        List<ReportedCueTarget.Example> out = new ArrayList<>();
        for (Object[] a : fixture()) {
            LanguageResources en = TaggedDoc.RESOURCES.get("en");
            out.addAll(ReportedCueTarget.examples((Polnear.Article) a[0], (Document) a[1], en,
                    CueWords.load("en", en.speech())));
        }
        return out;
    }

    @Test
    void labelsTheCueWordWithTheSideOfItsContent() throws IOException {
        List<String> labelled = examples().stream().filter(e -> !e.outcome().equals(LearnedCues.NO))
                .map(e -> e.sentence().word(e.candidate().k()) + ":" + e.outcome()).toList();
        assertEquals(List.of("said:after", "said:before", "told:after", "said:before", "said:after", "said:before"),
                labelled);
    }

    @Test
    void trainsTheSameModelTwiceAndKeepsTheCuesItLearned(@TempDir Path dir) throws IOException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Classifier a = ReportedCueTarget.train(examples(), quiet);
        Classifier b = ReportedCueTarget.train(examples(), quiet);
        Trainer.write(a, dir.resolve("a.bin"));
        Trainer.write(b, dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));

        Classifier model = Classifier.load(LearnedCues.MODEL, dir.resolve("a.bin"));
        ReportedSpeechStage stage = new ReportedSpeechStage(TaggedDoc.RESOURCES, model,
                java.util.Map.of("en", new CueSettings(CueSettings.Mode.MODEL, java.util.Set.of())));
        Document doc = (Document) fixture().get(1)[1];
        List<Quote> indirect = stage.annotate(doc).quotes().stream().filter(q -> q.kind().equals("indirect")).toList();
        assertTrue(indirect.stream().anyMatch(q -> q.text().equals("the deal was dead")
                && q.method().equals(LearnedCues.METHOD) && q.confidence() > 0), indirect.toString());
    }

    @Test
    void addsTheModelsCuesOnlyWhereTheRulesFoundNone(@TempDir Path dir) throws IOException {
        Classifier model = savedAndLoaded(dir);
        Document doc = (Document) fixture().get(1)[1];
        List<Quote> rules = indirect(new ReportedSpeechStage(TaggedDoc.RESOURCES).annotate(doc));
        List<Quote> both = indirect(new ReportedSpeechStage(TaggedDoc.RESOURCES, model, java.util.Map.of("en",
                new CueSettings(CueSettings.Mode.RULES_PLUS_MODEL, java.util.Set.of("speech")))).annotate(doc));
        assertTrue(both.containsAll(rules), both.toString());
        assertTrue(both.stream().filter(q -> !rules.contains(q))
                .allMatch(q -> LearnedCues.METHOD.equals(q.method())
                        && rules.stream().noneMatch(r -> r.end() > q.start() && q.end() > r.start())), both.toString());
    }

    @Test
    void besideTheRulesTheModelsCuesOverlapNoneOfTheirContents(@TempDir Path dir) throws IOException {
        Classifier model = savedAndLoaded(dir);
        Document doc = (Document) fixture().get(1)[1];
        List<Quote> rules = indirect(new ReportedSpeechStage(TaggedDoc.RESOURCES).annotate(doc));
        List<Quote> both = indirect(new ReportedSpeechStage(TaggedDoc.RESOURCES, model, java.util.Map.of("en",
                new CueSettings(CueSettings.Mode.RULES_PLUS_MODEL, java.util.Set.of("speech"), java.util.Set.of(),
                        false, CueSettings.Phrases.NONE, true, false))).annotate(doc));
        List<Quote> kept = both.stream().filter(q -> !LearnedCues.METHOD.equals(q.method())).toList();
        assertEquals(rules.size(), kept.size(), both.toString());
        for (int i = 0; i < rules.size(); i++) {   // a rule's content is kept, or ends earlier at a comma
            assertEquals(rules.get(i).start(), kept.get(i).start());
            assertTrue(kept.get(i).end() <= rules.get(i).end(), both.toString());
        }
        assertTrue(both.stream().filter(q -> LearnedCues.METHOD.equals(q.method()))
                .allMatch(q -> kept.stream().noneMatch(r -> r.end() > q.start() && q.end() > r.start())),
                both.toString());
    }

    private static List<Quote> indirect(Document doc) {
        return doc.quotes().stream().filter(q -> q.kind().equals("indirect")).toList();
    }

    /** The model trained on the fixture, written to {@code dir} and read back as the pipeline reads it. */
    private static Classifier savedAndLoaded(Path dir) throws IOException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Trainer.write(ReportedCueTarget.train(examples(), quiet), dir.resolve("m.bin"));
        return Classifier.load(LearnedCues.MODEL, dir.resolve("m.bin"));
    }
}
