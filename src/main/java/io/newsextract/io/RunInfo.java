package io.newsextract.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a batch run records about itself in {@code OUT/.run.json}. Above all the absolute input folder: records hold
 * {@code source} relative to it, so a reader of the output folder (the report) can find each article's text again.
 * The leading dot is what keeps the name apart from every {@code <docId>.json}: docIds never start with a dot.
 * No times in it, so a run's output stays byte-identical whatever the number of threads or a resume.
 */
public record RunInfo(String input, int files, int records, int errors) {

    public static final String FILE = ".run.json";

    public static RunInfo of(Path input, BatchResult r) {
        return new RunInfo(input.toAbsolutePath().normalize().toString(), r.files(), r.records(), r.errors());
    }

    public void write(Path outDir) throws IOException {
        AtomicFiles.write(outDir.resolve(FILE), Json.PRETTY.writeValueAsBytes(this));
    }

    /** The run.json of an output folder, if there is a readable one. Unknown fields are ignored. */
    public static Optional<RunInfo> read(Path outDir) {
        Path f = outDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(f.toFile());
            if (!n.path("input").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new RunInfo(n.path("input").asText(), n.path("files").asInt(),
                    n.path("records").asInt(), n.path("errors").asInt()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path inputFolder() {
        return Path.of(input);
    }
}
