package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.attribution.AttributionStage;
import io.newsextract.corpora.Polnear;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Trainer;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quote-span model trains on a tiny fixture ({@code learn/quote-span.txt}, pre-tagged, no CoreNLP) labelled the
 * way PolNeAR is, byte for byte the same twice, and the stage it drives keeps speech and drops a scare quote.
 */
class QuoteSpanTargetTest {

    private static final AttributionStage ATTRIBUTION = new AttributionStage(TaggedDoc.RESOURCES);
    private static final QuoteSpanFeatures FEATURES = new QuoteSpanFeatures(TaggedDoc.RESOURCES);

    private static List<QuoteSpanTarget.Example> fixture() throws IOException {
        String all = Files.readString(Path.of("src/test/resources/learn/quote-span.txt"));
        List<QuoteSpanTarget.Example> out = new ArrayList<>();
        for (String block : all.split("(?m)^---$")) {
            List<String> lines = block.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String notation = lines.stream().filter(l -> !l.startsWith("content: ")).collect(Collectors.joining("\n"));
            Document doc = ATTRIBUTION.annotate(TaggedDoc.parse("en", notation));
            List<Polnear.Attribution> attributions = new ArrayList<>();
            for (String l : lines) {
                if (l.startsWith("content: ")) {
                    String words = l.substring("content: ".length());
                    int at = doc.text().indexOf(words);
                    attributions.add(new Polnear.Attribution(null, null,
                            new Polnear.Fragments(List.of(new int[]{at, at + words.length()}))));
                }
            }
            out.addAll(QuoteSpanTarget.examples(doc, new Polnear.Article("d" + out.size(), doc.text(), attributions),
                    FEATURES));
        }
        return out;
    }

    @Test
    void spansAreLabelledAsTheScorerWouldJudgeThem() throws IOException {
        assertEquals("speech not speech not speech not speech not",
                fixture().stream().map(QuoteSpanTarget.Example::label).collect(Collectors.joining(" ")));
    }

    @Test
    void trainingTwiceGivesTheSameFile(@TempDir Path dir) throws IOException {
        List<QuoteSpanTarget.Example> examples = fixture();
        Trainer.write(QuoteSpanTarget.train(examples), dir.resolve("a.bin"));
        Trainer.write(QuoteSpanTarget.train(examples), dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
    }

    @Test
    void theStageKeepsSpeechAndDropsAScareQuote() throws IOException {
        Classifier model = QuoteSpanTarget.train(fixture());
        QuoteSpanStage stage = new QuoteSpanStage(FEATURES, model, QuoteSpanStage.THRESHOLD);
        Document doc = stage.annotate(ATTRIBUTION.annotate(TaggedDoc.parse("en", """
                “/`` [d We/PRP will/MD win/VB ] ,/, ”/'' Adams/NNP/PERSON said/VBD ./.
                The/DT so-called/JJ “/`` [p deal/NN ] ”/'' was/VBD signed/VBN on/IN Monday/NNP ./.""")));
        assertEquals("q1 'We will win' <- Adams", doc.quotes().stream()
                .map(q -> q.id() + " '" + q.text() + "' <- " + q.speaker().name()).collect(Collectors.joining("\n")));
        assertEquals("MADE 'We will win'\nDROPPED 'deal'", doc.trace().stream()
                .filter(d -> d.rule().equals(QuoteSpanStage.RULE))
                .map(d -> d.verdict() + " '" + d.text() + "'").collect(Collectors.joining("\n")));
        assertEquals(List.of("s1"), doc.speakers().stream().map(s -> s.id()).toList());
        assertEquals(true, doc.quotes().get(0).confidence() > 0.5, "confidence " + doc.quotes().get(0).confidence());
    }
}
