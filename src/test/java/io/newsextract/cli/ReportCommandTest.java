package io.newsextract.cli;

import io.newsextract.api.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report command's options and failures; the page itself is tested in a browser (ReportBrowserTest). */
class ReportCommandTest {

    private static final Path RECORDS = Path.of("src/test/resources/report/records");
    /** The report never needs the pipeline. */
    private static final Supplier<Pipeline> NO_PIPELINE = () -> {
        throw new AssertionError("the report command must not load the pipeline");
    };

    @Test
    void writesThePageWhereAsked(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("sub/page.html");
        assertEquals(Main.OK, Main.execute(NO_PIPELINE, "report", "--in", RECORDS.toString(), "--gold", "corpus/gold",
                "--text-root", "corpus", "--out", page.toString()));
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("id=\"report-index\""));
        assertFalse(Files.exists(RECORDS.resolve("report.html")), "--out is where the page goes");
    }

    @Test
    void badFoldersAreUsageErrors(@TempDir Path tmp) {
        assertEquals(Main.USAGE, Main.execute(NO_PIPELINE, "report", "--in", tmp.resolve("none").toString()));
        assertEquals(Main.USAGE, Main.execute(NO_PIPELINE, "report", "--in", RECORDS.toString(),
                "--gold", tmp.resolve("none").toString(), "--out", tmp.resolve("r.html").toString()));
        // gold files whose articles cannot be found under the gold text root
        assertEquals(Main.USAGE, Main.execute(NO_PIPELINE, "report", "--in", RECORDS.toString(),
                "--gold", "corpus/gold", "--gold-text-root", tmp.toString(), "--out", tmp.resolve("r.html").toString()));
    }
}
