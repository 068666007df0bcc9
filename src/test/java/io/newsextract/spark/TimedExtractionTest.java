package io.newsextract.spark;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Stage;
import io.newsextract.io.BatchRunner;
import io.newsextract.io.InputFile;
import io.newsextract.io.InputScanner;
import io.newsextract.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Spark task's article gives the line batch gives it: in time, past the time limit, unreadable, crashed. */
class TimedExtractionTest {

    @TempDir
    Path tmp;

    /** Sleeps on articles that say SLOW (interruptibly: the abandoned worker ends), dies on those that say DIE. */
    private record Moody() implements Stage {
        public String name() {
            return "moody";
        }

        public java.util.Set<Artifact> requires() {
            return java.util.Set.of();
        }

        public java.util.Set<Artifact> produces() {
            return java.util.Set.of();
        }

        public Document annotate(Document d) {
            if (d.text().contains("DIE")) {
                throw new AssertionError("the stage died");
            }
            if (d.text().contains("SLOW")) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return d;
        }
    }

    @Test
    void eachArticleGetsTheLineBatchWritesForIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-fine.txt"), "A fine article.");
        Files.writeString(in.resolve("b-slow.txt"), "A SLOW article.");
        Files.writeString(in.resolve("c-dies.txt"), "An article that makes the stage DIE.");
        Files.createSymbolicLink(in.resolve("d-gone.txt"), in.resolve("nowhere"));
        Files.write(in.resolve("e-binary.txt"), new byte[] {0, 1, 2});
        Pipeline pipeline = Pipeline.builder().add(new Moody()).build();
        Duration limit = Duration.ofSeconds(2);
        new BatchRunner(pipeline, new BatchRunner.Options(1, limit, true)).run(in, tmp.resolve("batch"), n -> { },
                () -> { });

        ExecutorService workers = Executors.newCachedThreadPool();
        TimedExtraction extraction = new TimedExtraction(pipeline, workers, limit);
        List<String> lines = new ArrayList<>();
        for (InputFile f : InputScanner.scan(in)) {
            lines.add(Json.MAPPER.writeValueAsString(extraction.run(f, () -> Files.readAllBytes(f.path())).record()));
        }
        workers.shutdownNow();

        assertEquals(Files.readAllLines(tmp.resolve("batch").resolve(BatchRunner.RECORDS), StandardCharsets.UTF_8),
                lines);
        assertEquals("[null, timeout, internal, unreadable, binary]", lines.stream()
                .map(l -> SparkFixture.tree(l).path("error").path("kind").asText(null)).toList().toString());
    }
}
