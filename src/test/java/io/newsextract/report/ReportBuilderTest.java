package io.newsextract.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's Java side, without a browser: fixtures, escaping, the page's guarantees. */
class ReportBuilderTest {

    static final Path FIXTURE_RECORDS = Path.of("src/test/resources/report/records");

    /** The article folder the fixture records' sources are relative to: corpus texts plus the injection article. */
    static Path fixtureArticles(Path dir) throws IOException {
        for (String f : List.of("en/002_e611f32bee1efeaa.txt", "it/000_e3ea19b8992806a7.txt")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(Path.of("corpus").resolve(f), dir.resolve(f));
        }
        Files.copy(Path.of("src/test/resources/report/articles/en/injection.txt"), dir.resolve("en/injection.txt"));
        return dir;
    }

    @Test
    void fixtureSpansIndexTheirArticleTexts(@TempDir Path tmp) throws IOException {
        ArticleTexts texts = new ArticleTexts(fixtureArticles(tmp));
        List<JsonNode> records = RecordSet.load(FIXTURE_RECORDS);
        assertEquals(List.of("002_e611f32bee1efeaa", "broken", "injection", "000_e3ea19b8992806a7"),
                records.stream().map(r -> r.path("docId").asText()).toList());
        for (JsonNode r : records) {
            if (r.has("error")) {
                continue;
            }
            String text = texts.find(r.path("source").asText()).text();
            List<String> bad = new ArrayList<>();
            checkSpans(r, text, bad);
            assertTrue(bad.isEmpty(), r.path("docId").asText() + ": " + bad);
        }
    }

    private static void checkSpans(JsonNode n, String text, List<String> bad) {
        if (n.isObject() && n.path("start").isInt() && n.path("text").isTextual()) {
            int s = n.get("start").asInt();
            int e = n.get("end").asInt();
            if (e > text.length() || !text.substring(s, e).equals(n.get("text").asText())) {
                bad.add(n.toString());
            }
        }
        n.fields().forEachRemaining(f -> checkSpans(f.getValue(), text, bad));
        if (n.isArray()) {
            n.forEach(x -> checkSpans(x, text, bad));
        }
    }

    @Test
    void jsonBlocksCannotBeClosedByData() throws IOException {
        String json = SafeJson.write(Map.of("t", "</script><script>alert(1)</script> <!-- & -->"));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertEquals("</script><script>alert(1)</script> <!-- & -->", Json.MAPPER.readTree(json).get("t").asText());
    }

    @Test
    void pageHoldsInjectedTextOnlyInsideEscapedJson(@TempDir Path tmp) throws IOException {
        String html = new ReportBuilder().build(new ReportBuilder.Options(FIXTURE_RECORDS, Path.of("corpus/gold"),
                fixtureArticles(tmp), null)).html();
        assertFalse(html.contains("alert(1)</script>"), "raw markup from an article reached the page");
        assertFalse(html.contains("<img src=x"), "raw markup from an article reached the page");
        assertTrue(html.contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"));
        Matcher scripts = Pattern.compile("<script(?: type=\"application/json\" id=\"[a-z0-9-]+\")?>").matcher(html);
        int n = 0;
        while (scripts.find()) {
            n++;
        }
        // the index, one block per record, and the page's own script
        assertEquals(1 + 4 + 1, n);
        Matcher csp = Pattern.compile("content=\"default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'").matcher(html);
        assertTrue(csp.find(), "the page allows only its own script");
    }

    @Test
    void pageScriptBuildsNoMarkupFromStrings() throws IOException {
        String js = new String(getClass().getResourceAsStream("/report/report.js").readAllBytes(), StandardCharsets.UTF_8);
        for (String banned : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "</script")) {
            assertFalse(js.contains(banned), "report.js uses " + banned);
        }
    }

    @Test
    void withoutRunInfoOrTextRootTheReportStillListsRecords() throws IOException {
        ReportBuilder.Built b = new ReportBuilder().build(new ReportBuilder.Options(FIXTURE_RECORDS, null, null, null));
        assertEquals(4, b.articles());
        assertEquals(1, b.errors());
        assertEquals(3, b.withoutText());
        assertNull(b.textRoot());
    }

    @Test
    void sourcesOutsideTheTextRootAreRefused(@TempDir Path tmp) {
        ArticleTexts texts = new ArticleTexts(tmp);
        assertNull(texts.find("../../etc/passwd").text());
        assertTrue(texts.find("../../etc/passwd").problem().contains("outside"));
    }
}
