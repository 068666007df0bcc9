package io.newsextract.spark;

import io.newsextract.io.InputFile;
import io.newsextract.io.InputScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobInputsTest {

    @TempDir
    Path tmp;

    @Test
    void aGlobSelectsTheFilesOfItsPrefixWithTheDocIdsBatchGivesThem() throws Exception {
        for (String f : List.of("a/x.txt", "b/x.txt", "b/y.txt", "b/z.md")) {
            Files.createDirectories(tmp.resolve(f).getParent());
            Files.writeString(tmp.resolve(f), "text");
        }
        List<InputFile> batch = InputScanner.scan(tmp);

        assertEquals(List.of(batch.get(0), batch.get(1)), JobInputs.list(tmp + "/*/x.txt"));
        assertEquals("[x__" + String.format("%08x", "a/x.txt".hashCode()) + ", x__"
                + String.format("%08x", "b/x.txt".hashCode()) + "]",
                JobInputs.list(tmp + "/*/x.txt").stream().map(InputFile::docId).toList().toString());
        assertEquals(InputScanner.scan(tmp.resolve("b")), JobInputs.list(tmp + "/b/*"));
        assertEquals(batch, JobInputs.list(tmp.toString()));
    }

    @Test
    void tablesAreKnownByTheirNames() {
        assertEquals("[PARQUET, PARQUET, JSON, JSON, TXT, TXT]", List.of("a.parquet", "s3a://b/c.parquet/", "d.jsonl",
                "e.json", "corpus", "corpus/*/0*.txt").stream().map(JobInputs::guess).toList().toString());
    }
}
