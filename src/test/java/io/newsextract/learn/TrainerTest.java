package io.newsextract.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {

    private static Trainer examples() {
        Trainer t = new Trainer();
        for (int i = 0; i < 20; i++) {
            t.add("yes", List.of("verb=say", "len=" + (i % 3), "cap=true"));
            t.add("no", List.of("verb=none", "len=" + (i % 4), "cap=false"));
        }
        return t;
    }

    @Test
    void sameExamplesGiveTheSameFileByteForByte(@TempDir Path dir) throws Exception {
        Trainer.write(examples().train("toy", Trainer.Settings.DEFAULT), dir.resolve("a.bin"));
        Trainer.write(examples().train("toy", Trainer.Settings.DEFAULT), dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities(@TempDir Path dir) {
        Classifier c = examples().train("toy", Trainer.Settings.DEFAULT);
        Trainer.write(c, dir.resolve("toy.bin"));
        Classifier back = Classifier.load("toy", dir.resolve("toy.bin"));
        List<String> f = List.of("verb=say", "cap=true");
        assertEquals(c.probability(f, "yes"), back.probability(f, "yes"), 1e-12);
        assertTrue(back.probability(f, "yes") > 0.9);
        assertTrue(back.probability(List.of("verb=none", "cap=false"), "yes") < 0.1);
        assertEquals(0, back.probability(f, "maybe"));
    }

    @Test
    void anEnsembleAveragesItsModelsAndReadsBackWhole(@TempDir Path dir) {
        Trainer.Settings loose = new Trainer.Settings(200, 0.5, 1);
        Trainer.Settings tight = new Trainer.Settings(200, 8.0, 1);
        Classifier both = examples().train("toy", List.of(loose, tight));
        List<String> f = List.of("verb=say", "len=1");
        double mean = (examples().train("a", loose).probability(f, "yes")
                + examples().train("b", tight).probability(f, "yes")) / 2;
        assertEquals(mean, both.probability(f, "yes"), 1e-12);
        assertEquals(1, both.probabilities(f)[0] + both.probabilities(f)[1], 1e-12);
        Trainer.write(both, dir.resolve("both.bin"));
        Classifier back = Classifier.load("toy", dir.resolve("both.bin"));
        assertEquals(mean, back.probability(f, "yes"), 1e-12);
        assertEquals(0, back.probability(f, "maybe"));
    }

    @Test
    void foldsNeverSplitADocument() {
        List<List<String>> folds = Folds.byDocument(List.of("a", "b", "c", "d", "e"), 2);
        assertEquals(List.of(List.of("a", "c", "e"), List.of("b", "d")), folds);
        assertEquals(List.of("b", "d"), Folds.without(folds, 0));
        assertEquals("P 0.500 R 1.000 F1 0.667 (tp 1, predicted 2, gold 1)", new Folds.Prf(1, 2, 1).toString());
    }
}
