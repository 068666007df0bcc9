package io.newsextract.sector;

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

/**
 * Training the sector decision on a tiny labelled set (six short English articles, each about one sector and naming
 * another in passing): deterministic, cross-validated by document, and it prefers the sector the article is about.
 */
class SectorTargetTest {

    private static final Path SETS = Path.of("src/test/resources/sectors-tiny");

    @Test
    void trainsTheSameModelTwiceAndPrefersTheSectorTheArticleIsAbout(@TempDir Path dir) throws IOException {
        SectorTarget target = new SectorTarget(SETS, List.of("news"), 2, TestPipelines::standard);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        Trainer.write(target.train(dir, out), dir.resolve("a.bin"));
        Trainer.write(target.train(dir, out), dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("2-fold cross-validation by document, 6 articles"), printed);
        assertTrue(printed.contains("6 gold sectors"), printed);
        assertTrue(printed.contains("news rules alone") && printed.contains("all drop<0.05 add>=0.50"), printed);
        Classifier c = Classifier.load("sector-test", dir.resolve("a.bin"));
        double main = c.probability(List.of("bias", "evidence=3", "lead=2+", "rank=1", "share=half"),
                SectorStage.SECTOR);
        double passing = c.probability(List.of("bias", "evidence=1", "lead=0", "rank=2", "share=quarter"),
                SectorStage.SECTOR);
        assertTrue(main > passing, main + " <= " + passing);
    }
}
