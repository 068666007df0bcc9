package io.newsextract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.TestPipelines;
import io.newsextract.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path tmp;

    @Test
    void batchWritesARecordOrAnErrorLineForEveryFileAndExitsOneWhenSomeFailed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/en/nested"));
        Files.copy(TestPipelines.EN_SAMPLE, in.resolve("article.txt"));
        Files.writeString(tmp.resolve("in/en/empty.txt"), "");
        Files.writeString(tmp.resolve("in/article.txt"), "Second article with the same file name, in English, "
                + "written by hand for this test. The minister said the plan will be ready soon.");
        Path out = tmp.resolve("out");
        int status = Main.execute(TestPipelines::standard, "batch", "--in", tmp.resolve("in").toString(),
                "--out", out.toString(), "--no-progress");
        assertEquals(Main.SOME_FAILED, status);
        List<String> lines = Files.readAllLines(out.resolve("records.jsonl"));
        assertEquals(3, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        JsonNode empty = Json.MAPPER.readTree(lines.get(1));
        JsonNode sample = Json.MAPPER.readTree(lines.get(2));
        assertEquals("article.txt", first.get("source").asText());
        assertEquals("en/empty.txt", empty.get("source").asText());
        assertEquals("empty", empty.get("error").get("kind").asText());
        assertEquals("en/nested/article.txt", sample.get("source").asText());
        assertTrue(!first.get("docId").asText().equals(sample.get("docId").asText()), "docIds must differ");
        assertTrue(first.get("docId").asText().startsWith("article__"));
        assertEquals("2026-01-20", sample.get("published").asText());
        for (String line : lines) {
            String id = Json.MAPPER.readTree(line).get("docId").asText();
            assertTrue(Files.exists(out.resolve(id + ".json")), id);
        }
    }

    @Test
    void badUsageExitsTwoAndHelpListsTheCommands() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(Main.USAGE, Main.execute(TestPipelines::standard, "batch", "--in"));
            assertEquals(Main.USAGE, Main.execute(TestPipelines::standard, "nonsense"));
            assertEquals(Main.USAGE, Main.execute(TestPipelines::standard, "prepare"));
            assertEquals(Main.USAGE, Main.execute(TestPipelines::standard, "batch", "--in",
                    tmp.resolve("missing").toString(), "--out", tmp.toString()));
            assertEquals(Main.OK, Main.execute(TestPipelines::standard, "--help"));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("batch") && text.contains("eval"), text);
    }

    @Test
    void prepareLeavesTheDerivedItalianNerModelInTheFolder() throws Exception {
        // the tests' own cache folder already holds it (other tests load the pipeline), so this reads and checks it
        String cache = System.getProperty("newsextract.cache.dir");
        Path dir = cache == null ? tmp.resolve("prepared") : Path.of(cache);
        assertEquals(Main.OK, Main.execute(TestPipelines::standard, "prepare", "--dir", dir.toString()));
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("ner-italian\\.crf-[0-9a-f]{16}\\.bin")),
                    "no derived Italian model in " + dir);
        }
    }

    @Test
    void evalPrintsTheFiguresOfTheReferenceScorerAsJson() throws Exception {
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.copy(Path.of("corpus/gold/002_e611f32bee1efeaa.json"), gold.resolve("002_e611f32bee1efeaa.json"));
        Files.copy(Path.of("corpus/gold/000_e3ea19b8992806a7.json"), gold.resolve("000_e3ea19b8992806a7.json"));
        Files.writeString(pred.resolve("002_e611f32bee1efeaa.json"), Json.MAPPER.writeValueAsString(
                io.newsextract.api.ArticleRecord.of(TestPipelines.englishSample())));
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(Main.OK, Main.execute(TestPipelines::standard, "eval", "--gold", gold.toString(),
                    "--pred", pred.toString(), "--text-root", ".", "--json"));
        } finally {
            System.setOut(out);
        }
        JsonNode json = Json.MAPPER.readTree(captured.toString(StandardCharsets.UTF_8));
        JsonNode en = json.get("byLanguage").get("en");
        assertEquals(1, en.get("docs").asInt());
        // the figures themselves are eval's business (accuracy is measured by eval, not asserted here): the JSON
        // carries every figure of the reference scorer, each a number between 0 and 1
        for (String figure : List.of("quote_p", "quote_r", "quote_f1", "speaker_acc", "sector_f1", "pledge_f1",
                "entity_p", "entity_r", "entity_f1")) {
            assertTrue(en.get(figure).isNumber() && en.get(figure).asDouble() >= 0 && en.get(figure).asDouble() <= 1,
                    figure + " in " + en);
        }
        assertEquals(1, json.get("byLanguage").get("it").get("missingRecords").asInt());
    }

    @Test
    void evalWithAGoldFileWhoseArticleIsMissingSaysWhichAndExitsTwo() throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("x.json"), "{\"docId\": \"x\", \"file\": \"nowhere/x.txt\", \"language\": \"en\"}");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(Main.USAGE, Main.execute(TestPipelines::standard, "eval", "--gold", gold.toString(),
                    "--pred", Files.createDirectories(tmp.resolve("pred")).toString()));
        } finally {
            System.setErr(err);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("error: ") && text.contains("nowhere/x.txt") && !text.contains("\tat "), text);
    }
}
