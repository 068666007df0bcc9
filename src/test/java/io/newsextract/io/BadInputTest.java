package io.newsextract.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.TestPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gets a clear outcome, and records.jsonl has exactly one line per input file. */
class BadInputTest {

    @TempDir
    static Path tmp;
    static Path in;
    static Map<String, JsonNode> bySource = new HashMap<>();
    static List<String> lines;
    static BatchResult result;

    @BeforeAll
    static void runBatchOverBadInput() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\t\n  ".getBytes(StandardCharsets.UTF_8));
        write("image.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("paper.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        write("latin1.txt", "Il ministro ha detto che il caff\u00e8 costa di pi\u00f9 e che il governo interverr\u00e0 presto."
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        byte[] utf16 = "Prime Minister Keir Starmer said in London on Monday that the government will cut taxes."
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[utf16.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, bom, 2, utf16.length);
        write("utf16.txt", bom);
        write("page.txt", ("<!DOCTYPE html><html><head><title>News</title><script>var a = 1;</script></head><body>"
                + "<p>WASHINGTON &ndash; President Joe Biden said on Tuesday that the United States will "
                + "support Ukraine.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        write("runon.txt", ("word ".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        write("quotes.txt", ("He said \"this is \"nested\" and \"\"doubled\"\" and “unbalanced. John Doe:\"foo\" and \"\"= "
                + "and « «deux» and ‘single’s end.").getBytes(StandardCharsets.UTF_8));
        write("french.txt", ("Le président de la République a annoncé mardi une réforme des retraites qui sera "
                + "présentée au Parlement avant la fin de l'année, a indiqué l'Élysée.").getBytes(StandardCharsets.UTF_8));
        write("german.txt", ("Die Bundesregierung hat am Dienstag beschlossen, die Förderung für erneuerbare Energien "
                + "im kommenden Jahr deutlich zu erhöhen, sagte der Minister.").getBytes(StandardCharsets.UTF_8));
        write("a/b/c/deep.txt", Files.readAllBytes(TestPipelines.EN_SAMPLE));
        write("x/same.txt", "The first of two files with the same name was written in London.".getBytes(StandardCharsets.UTF_8));
        write("y/same.txt", "The second of two files with the same name was written in Rome.".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(in.resolve("unreadable.txt"), in.resolve("does-not-exist"));
        Path out = tmp.resolve("out");
        result = new BatchRunner(TestPipelines.standard(), new BatchRunner.Options(2, Duration.ofSeconds(60), false))
                .run(in, out, n -> { }, () -> { });
        lines = Files.readAllLines(out.resolve(BatchRunner.RECORDS));
        for (String line : lines) {
            JsonNode n = Json.MAPPER.readTree(line);
            bySource.put(n.get("source").asText(), n);
        }
    }

    private static void write(String name, byte[] bytes) throws Exception {
        Path p = in.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static String errorKind(String source) {
        JsonNode n = bySource.get(source);
        return n.has("error") ? n.get("error").get("kind").asText() : null;
    }

    private static String warnings(String source) {
        return bySource.get(source).get("warnings").toString();
    }

    @Test
    void oneLinePerInputFile() {
        assertEquals(15, lines.size());
        assertEquals(15, bySource.size());
        assertEquals(15, result.files());
        assertEquals(result.files(), result.records() + result.errors());
    }

    @Test
    void emptyBinaryAndUnreadableFilesAreErrorLines() {
        assertEquals("empty", errorKind("empty.txt"));
        assertEquals("empty", errorKind("blank.txt"));
        assertEquals("binary", errorKind("image.txt"));
        assertEquals("binary", errorKind("paper.txt"));
        assertEquals("unreadable", errorKind("unreadable.txt"));
        assertTrue(bySource.get("image.txt").get("error").get("message").asText().contains("PNG"));
    }

    @Test
    void otherEncodingsAreDecodedWithAWarningWhereTheyGuess() {
        assertTrue(warnings("latin1.txt").contains("Windows-1252"), warnings("latin1.txt"));
        assertEquals("it", bySource.get("latin1.txt").get("language").asText());
        assertEquals("en", bySource.get("utf16.txt").get("language").asText());
        assertTrue(bySource.get("utf16.txt").get("entities").size() > 0);
    }

    @Test
    void anHtmlPageIsReadAsItsTextWithOffsetsIntoThePage() throws Exception {
        JsonNode page = bySource.get("page.txt");
        assertTrue(warnings("page.txt").contains("HTML"));
        String original = Files.readString(in.resolve("page.txt"));
        boolean biden = false;
        for (JsonNode e : page.get("entities")) {
            assertEquals(e.get("text").asText(), original.substring(e.get("start").asInt(), e.get("end").asInt()));
            biden |= e.get("text").asText().equals("Joe Biden");
        }
        assertTrue(biden, page.get("entities").toString());
        assertEquals("WASHINGTON", page.get("dateline").asText());
    }

    @Test
    void otherLanguagesAreReportedWithAWarningAndNoExtraction() {
        assertEquals("fr", bySource.get("french.txt").get("language").asText());
        assertEquals("de", bySource.get("german.txt").get("language").asText());
        assertTrue(warnings("french.txt").contains("not supported"), warnings("french.txt"));
        assertEquals(0, bySource.get("german.txt").get("entities").size());
    }

    @Test
    void runOnTextAndBrokenQuotesAreProcessed() {
        assertEquals(null, errorKind("runon.txt"));
        assertEquals(null, errorKind("quotes.txt"));
    }

    @Test
    void nestedFoldersAndDuplicateNamesGetDistinctSafeDocIds() {
        String x = bySource.get("x/same.txt").get("docId").asText();
        String y = bySource.get("y/same.txt").get("docId").asText();
        assertFalse(x.equals(y));
        assertTrue(x.startsWith("same__") && y.startsWith("same__"), x + " " + y);
        assertEquals("deep", bySource.get("a/b/c/deep.txt").get("docId").asText());
        assertEquals("2026-01-20", bySource.get("a/b/c/deep.txt").get("published").asText());
    }
}
