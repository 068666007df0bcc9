package io.newsextract.io;

import io.newsextract.TestPipelines;
import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {

    @TempDir
    Path tmp;

    /** A folder of short English articles (cut from the sample) and one bad file. */
    private Path corpus() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> paragraphs = Files.readAllLines(TestPipelines.EN_SAMPLE).stream().filter(l -> l.length() > 80).toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            Files.writeString(in.resolve(String.format("p%02d.txt", i)), paragraphs.get(i));
        }
        Files.write(in.resolve("zz-binary.txt"), new byte[]{0, 1, 2, 3});
        return in;
    }

    private static BatchResult run(Pipeline p, Path in, Path out, int threads, boolean force) throws Exception {
        return new BatchRunner(p, new BatchRunner.Options(threads, Duration.ofSeconds(60), force)).run(in, out, n -> { }, () -> { });
    }

    private static void assertSameOutput(Path a, Path b) throws Exception {
        assertArrayEquals(Files.readAllBytes(a.resolve(BatchRunner.RECORDS)), Files.readAllBytes(b.resolve(BatchRunner.RECORDS)));
        try (Stream<Path> files = Files.list(a)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
            }
        }
    }

    @Test
    void threeThreadsWriteExactlyWhatOneThreadWrites() throws Exception {
        Path in = corpus();
        run(TestPipelines.standard(), in, tmp.resolve("one"), 1, false);
        run(TestPipelines.standard(), in, tmp.resolve("three"), 3, false);
        assertSameOutput(tmp.resolve("one"), tmp.resolve("three"));
    }

    @Test
    void aRunKilledHalfWayResumesToTheSameOutput() throws Exception {
        Path in = corpus();
        Path full = tmp.resolve("full");
        BatchResult first = run(TestPipelines.standard(), in, full, 2, false);
        Path killed = tmp.resolve("killed");
        run(TestPipelines.standard(), in, killed, 2, false);
        // what a kill leaves: some records never written, a stale temp file, records.jsonl of an older run
        List<Path> records;
        try (Stream<Path> s = Files.list(killed)) {
            records = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < records.size(); i += 2) {
            Files.delete(records.get(i));
        }
        Files.writeString(killed.resolve(".p00.json123.tmp"), "{\"half");
        Files.writeString(killed.resolve(BatchRunner.RECORDS), "{\"stale\":true}\n");
        BatchResult resumed = run(TestPipelines.standard(), in, killed, 2, false);
        assertSameOutput(full, killed);
        assertEquals(first.files(), resumed.files());
        assertTrue(resumed.skipped() > 0 && resumed.skipped() < resumed.files(), "reused " + resumed.skipped());
        BatchResult again = run(TestPipelines.standard(), in, killed, 1, false);
        assertEquals(again.files(), again.skipped());
        BatchResult forced = run(TestPipelines.standard(), in, killed, 1, true);
        assertEquals(0, forced.skipped());
        assertSameOutput(full, killed);
    }

    /** A stage that never finishes on articles that ask for it. */
    private record Stuck() implements Stage {
        public String name() {
            return "stuck";
        }

        public Set<Artifact> requires() {
            return Set.of();
        }

        public Set<Artifact> produces() {
            return Set.of();
        }

        public Document annotate(Document d) {
            if (d.text().contains("HANG")) {
                while (true) {
                    Thread.onSpinWait();   // ignores interruption, like a runaway model would
                }
            }
            return d;
        }
    }

    @Test
    void anArticlePastTheTimeLimitBecomesAnErrorLineAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("slow"));
        Files.writeString(in.resolve("a.txt"), "HANG here");
        Files.writeString(in.resolve("b.txt"), "fine");
        Files.writeString(in.resolve("c.txt"), "HANG again");
        Files.writeString(in.resolve("d.txt"), "fine too");
        Pipeline p = Pipeline.builder().add(new Stuck()).build();
        BatchResult r = new BatchRunner(p, new BatchRunner.Options(1, Duration.ofMillis(300), false))
                .run(in, tmp.resolve("out"), n -> { }, () -> { });
        List<String> lines = Files.readAllLines(tmp.resolve("out").resolve(BatchRunner.RECORDS));
        assertEquals(4, lines.size());
        assertEquals(2, r.errors());
        assertTrue(lines.get(0).contains("\"kind\":\"timeout\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"docId\":\"b\"") && !lines.get(1).contains("error"), lines.get(1));
        assertTrue(lines.get(2).contains("\"kind\":\"timeout\""), lines.get(2));
    }
}
