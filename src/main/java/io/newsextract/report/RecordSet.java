package io.newsextract.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.io.BatchRunner;
import io.newsextract.io.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The records of a batch output folder: the lines of {@code records.jsonl} in run order (records and error lines),
 * or, when there is no such file, every {@code <docId>.json} by name. A line that is not a JSON object is skipped.
 */
final class RecordSet {

    private RecordSet() {
    }

    static List<JsonNode> load(Path outDir) throws IOException {
        Path jsonl = outDir.resolve(BatchRunner.RECORDS);
        return Files.isRegularFile(jsonl) ? fromLines(jsonl) : fromFiles(outDir);
    }

    private static List<JsonNode> fromLines(Path jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    addIfRecord(out, Json.MAPPER.readTree(line));
                }
            }
        }
        return out;
    }

    private static List<JsonNode> fromFiles(Path outDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(outDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            addIfRecord(out, Json.MAPPER.readTree(f.toFile()));
        }
        return out;
    }

    private static void addIfRecord(List<JsonNode> out, JsonNode n) {
        if (n != null && n.isObject() && n.path("docId").isTextual()) {
            out.add(n);
        }
    }
}
