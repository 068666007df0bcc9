package io.newsextract.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.TestPipelines;
import io.newsextract.io.BatchRunner;
import io.newsextract.io.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The input of the Spark tests, made once per JVM: {@code corpus/}'s articles and the bad inputs of the README's
 * table (empty, blank, binary, invalid UTF-8, UTF-16 with a BOM, a dangling link, a name that occurs twice), and
 * {@code batch}'s records of it, by the standard pipeline with two threads; under {@code target/spark-test}.
 */
final class SparkFixture {

    private static Path root;

    private SparkFixture() {
    }

    static synchronized Path root() {
        if (root == null) {
            try {
                Path dir = Path.of("target", "spark-test").toAbsolutePath();
                if (Files.exists(dir)) {
                    try (Stream<Path> old = Files.walk(dir)) {
                        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                root = make(Files.createDirectories(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static Path input() {
        return root().resolve("in");
    }

    static Path batchRecords() {
        return root().resolve("batch").resolve(BatchRunner.RECORDS);
    }

    /** batch's lines by docId, in batch's order. */
    static Map<String, String> batchLines() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(batchRecords(), StandardCharsets.UTF_8)) {
            out.put(Json.MAPPER.readTree(line).get("docId").asText(), line);
        }
        return out;
    }

    static JsonNode tree(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path make(Path dir) throws IOException {
        Path in = dir.resolve("in");
        for (String lang : List.of("en", "it")) {
            Path to = Files.createDirectories(in.resolve(lang));
            try (Stream<Path> files = Files.list(Path.of("corpus", lang))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        Path bad = Files.createDirectories(in.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.writeString(bad.resolve("blank.txt"), "  \n\t\n");
        Files.write(bad.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(bad.resolve("latin1.txt"), "Il governo è pronto, ha detto il ministro.".getBytes("windows-1252"));
        byte[] utf16 = "\uFEFFThe minister said the plan would start in 2027.".getBytes(StandardCharsets.UTF_16LE);
        Files.write(bad.resolve("utf16.txt"), utf16);
        Files.createSymbolicLink(bad.resolve("gone.txt"), bad.resolve("no-such-file"));
        Files.writeString(bad.resolve("002_e611f32bee1efeaa.txt"), "A second file with the name of an English one.");
        new BatchRunner(TestPipelines.standard(), new BatchRunner.Options(2, Duration.ofSeconds(60), true))
                .run(in, dir.resolve("batch"), n -> { }, () -> { });
        return dir;
    }
}
