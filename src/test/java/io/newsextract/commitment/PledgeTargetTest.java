package io.newsextract.commitment;

import io.newsextract.TestPipelines;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training the pledge decision on a tiny Speech-Acts-like fixture: deterministic, cross-validated, sensible. */
class PledgeTargetTest {

    private static final Path CORPORA = Path.of("src/test/resources/corpora-tiny");

    @Test
    void trainsTheSameModelTwiceAndPrefersAPledge(@TempDir Path dir) throws IOException {
        PledgeTarget target = new PledgeTarget("pledge-test", true, 2, TestPipelines::standard);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        Trainer.write(target.train(CORPORA, out), dir.resolve("a.bin"));
        Trainer.write(target.train(CORPORA, out), dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("2-fold cross-validation by document, 16 sentences, 8 pledges"), printed);
        assertTrue(printed.contains("keywords") && printed.contains("rules alone"), printed);
        assertTrue(printed.contains("model F1 over 4 partitions into folds (document order and 3 shuffles)"), printed);
        Classifier c = Classifier.load("pledge-test", dir.resolve("a.bin"));
        double pledge = c.probability(List.of("bias", "rule=will-action", "strength=intention", "hit-actor"),
                PledgeDecision.PLEDGE);
        double none = c.probability(List.of("bias", "no-match", "no-hit", "past-verb"), PledgeDecision.PLEDGE);
        assertTrue(pledge > none, pledge + " <= " + none);
    }
}
