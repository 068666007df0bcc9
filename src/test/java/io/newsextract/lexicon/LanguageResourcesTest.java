package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading validates: a copy of {@code models/} with one thing missing fails with the file and the key named. */
class LanguageResourcesTest {

    private static final List<String> LANGUAGES = List.of("en", "it");

    @TempDir
    Path dir;

    /** A copy of the repository's models/ in the temporary folder. */
    private DataFolder copy() throws IOException {
        Path source = Path.of("models");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return DataFolder.of(dir);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
    }

    private String failure(DataFolder data) {
        return assertThrows(PipelineException.class, () -> LanguageResources.load(LANGUAGES, data)).getMessage();
    }

    @Test
    void theProjectsModelsLoad() throws IOException {
        Map<String, LanguageResources> r = LanguageResources.load(LANGUAGES, copy());
        assertTrue(r.get("it").classes().is("adjective", "ADJ", ""));
        assertFalse(r.get("en").classes().is("adjective", "ADJ", ""));
        assertEquals(List.of("said", "say", "saying", "says"),
                r.get("en").patternLists().get("speech").stream().filter(w -> w.startsWith("sa")).toList());
        assertEquals(11, r.get("it").months().get("novembre"));
    }

    @Test
    void aMissingWordClassNamesTheFileAndTheClass() throws IOException {
        DataFolder data = copy();
        edit("it/pos-classes.tsv", "\nadjective\tADJ\n", "\n");
        assertEquals("models/it/pos-classes.tsv: missing class 'adjective' (write it with - for no tag if the "
                + "language has none)", failure(data));
    }

    @Test
    void aClassOneLanguageDefinesEveryLanguageMust() throws IOException {
        DataFolder data = copy();
        Files.writeString(dir.resolve("en/pos-classes.tsv"), "numeral\tCD\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(failure(data).startsWith("models/it/pos-classes.tsv: missing class 'numeral'"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        DataFolder data = copy();
        Files.delete(dir.resolve("it/weekdays.txt"));
        assertEquals("missing language data file models/it/weekdays.txt", failure(data));
    }

    @Test
    void anUnknownSpeechVerbFlagIsNamed() throws IOException {
        DataFolder data = copy();
        edit("en/speech-verbs.tsv", "report,any-subject,asserts", "report,any-subjects,asserts");
        assertEquals("models/en/speech-verbs.tsv: unknown flag 'any-subjects' for say, known: ",
                failure(data).replaceAll("known: .*", "known: "));
    }

    @Test
    void anUnknownNameMarkKindIsNamed() throws IOException {
        DataFolder data = copy();
        edit("name-marks.tsv", "hyphen\t", "hyphens\t");
        assertTrue(failure(data).startsWith("models/name-marks.tsv: unknown kind 'hyphens'"));
    }

    @Test
    void askingForAClassNoLanguageDefinesIsAProgrammingError() {
        PosClasses classes = LanguageResources.load(List.of("en")).get("en").classes();
        assertThrows(IllegalArgumentException.class, () -> classes.is("no-such-class", "NN", "x"));
    }
}
