package io.newsextract.api;

import io.newsextract.TestPipelines;
import io.newsextract.io.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every stage declares what it reads: the standard pipeline, run in checking mode (a stage that reads an artifact it
 * does not declare gets an exception, and tokens without the tags or lemmas it does not declare), gives the same
 * records as the pipeline run normally, on articles of every language in the corpus.
 */
class DeclaredReadsTest {

    @Test
    void theStandardStagesReadOnlyWhatTheyDeclare() throws IOException {
        Pipeline standard = TestPipelines.standard();
        Pipeline.Builder builder = Pipeline.builder().checkReads();
        standard.stages().forEach(builder::add);
        Pipeline checking = builder.build();
        for (Path p : articles()) {
            String id = p.getFileName().toString();
            String text = Files.readString(p);
            String expected = Json.MAPPER.writeValueAsString(ArticleRecord.of(standard.annotate(Document.of(id, id, text))));
            String checked = Json.MAPPER.writeValueAsString(ArticleRecord.of(checking.annotate(Document.of(id, id, text))));
            assertEquals(around(expected, expected, checked), around(checked, expected, checked), id);
        }
    }

    /** Where {@code a} and {@code b} first differ, in {@code s}: a short window to read in a failure. */
    private static String around(String s, String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return s.substring(Math.max(0, i - 120), Math.min(s.length(), i + 80));
    }

    @Test
    void aStageThatReadsWhatItDoesNotDeclareFails() {
        Stage sneaky = new Stage() {
            public String name() {
                return "sneaky";
            }

            public java.util.Set<Artifact> requires() {
                return java.util.Set.of();
            }

            public java.util.Set<Artifact> produces() {
                return java.util.Set.of(Artifact.SECTORS);
            }

            public Document annotate(Document d) {
                return d.withSectors(List.of()).withWarning("entities: " + d.entities().size());
            }
        };
        Pipeline checking = Pipeline.builder().checkReads().add(sneaky).build();
        Pipeline.builder().add(sneaky).build().annotate(Document.of("t", "t", "x"));   // fine unchecked
        assertThrows(Document.UndeclaredReadException.class, () -> checking.annotate(Document.of("t", "t", "x")));
    }

    /** Three articles of each language, the first by name. */
    private static List<Path> articles() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (String lang : List.of("en", "it")) {
            try (Stream<Path> files = Files.list(Path.of("corpus", lang))) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(3).forEach(out::add);
            }
        }
        return out;
    }
}
