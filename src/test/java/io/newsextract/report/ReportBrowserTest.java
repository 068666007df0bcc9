package io.newsextract.report;

import io.newsextract.TestPipelines;
import io.newsextract.cli.Main;
import io.newsextract.eval.Counts;
import io.newsextract.eval.Evaluation;
import io.newsextract.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The HTML report in a real headless Chromium (Debian packages chromium and chromium-driver), driven by Selenium
 * with the driver path set explicitly, so Selenium Manager downloads nothing. Two reports: one of committed fixture
 * records (quotes by Lee Jae Myung and Giorgia Meloni on the real sample texts, a wrong speaker, false positives,
 * an error line, an injection article), one of the real pipeline's output on corpus/ plus the injection article.
 * Screenshots go to target/report-overview.png and target/report-article.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String EN = "002_e611f32bee1efeaa";
    static final Path GOLD = Path.of("corpus/gold");
    static final Path WORK = Path.of("target/report-test");

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path fixtureReport;
    private Path articles;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the report test needs a headless Chromium: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are missing; install them with: apt-get install -y chromium chromium-driver");
        }
        deleteTree(WORK);
        Files.createDirectories(WORK);
        articles = ReportBuilderTest.fixtureArticles(WORK.resolve("articles"));
        fixtureReport = WORK.resolve("fixture-report.html");
        new ReportBuilder().write(new ReportBuilder.Options(ReportBuilderTest.FIXTURE_RECORDS, GOLD, articles, null),
                fixtureReport);

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1800",
                "--user-data-dir=" + Files.createTempDirectory("report-chromium").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        // runs before the page's own script on every load: an alert or the injection's flag would be recorded here
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"));
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void fixtureReportLoadsCleanlyAndShowsTheOverview() throws IOException {
        open(fixtureReport, "");
        assertEquals("overview", bodyData("view"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#overview-rows tr"));
        assertEquals(4, rows.size());
        WebElement broken = driver.findElement(By.cssSelector("#overview-rows tr[data-doc-id='broken']"));
        assertTrue(broken.getText().contains("binary: not a text file (PNG image) <img src=x onerror=alert(1)>"),
                broken.getText());
        assertEquals("11", driver.findElement(By.cssSelector("#overview-totals [data-total='quotes']")).getText());
        assertEquals(6, driver.findElements(By.cssSelector("#chart-sectors g.bar")).size());
        assertTrue(driver.findElement(By.id("top-speakers")).getText().contains("Lee Jae Myung 5 2"));

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-lang"))).selectByValue("it");
        assertEquals(1, driver.findElements(By.cssSelector("#overview-rows tr")).size());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-lang"))).selectByValue("");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-sector"))).selectByValue("trade");
        assertEquals(List.of(EN), visibleDocIds());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-sector"))).selectByValue("");
        driver.findElement(By.cssSelector("th[data-key='quotes']")).click();
        driver.findElement(By.cssSelector("th[data-key='quotes']")).click();
        assertEquals(EN, visibleDocIds().get(0), "sorted by quotes, descending");
        screenshot("report-overview.png");
        assertNoConsoleErrors();
    }

    @Test
    void englishArticleHighlightsQuotesWithTheirSpeakers() throws IOException {
        open(fixtureReport, "#/a/" + EN);
        JsonNode record = Json.MAPPER.readTree(ReportBuilderTest.FIXTURE_RECORDS.resolve(EN + ".json").toFile());
        Map<String, String> highlighted = highlightedQuotes();
        assertEquals(record.get("quotes").size(), highlighted.size());
        Set<String> speakers = new LinkedHashSet<>();
        for (int i = 0; i < record.get("quotes").size(); i++) {
            JsonNode q = record.get("quotes").get(i);
            assertEquals(q.get("text").asText(), highlighted.get(String.valueOf(i)));
            driver.findElement(By.cssSelector("#article-text .hl-quote[data-q='" + i + "']")).click();
            String shown = driver.findElement(By.id("detail-speaker")).getText();
            String expected = q.path("speaker").path("name").asText("unattributed");
            assertTrue(shown.startsWith(expected), "quote " + i + ": " + shown);
            speakers.add(shown);
        }
        assertTrue(speakers.contains("Lee Jae Myung (President, South Korea)"), speakers.toString());
        assertTrue(speakers.contains("Giorgia Meloni (Prime Minister, Italy)"), speakers.toString());
        assertEquals(2, driver.findElements(By.cssSelector("#speakers-table tbody tr")).size());
        assertEquals(4, driver.findElements(By.cssSelector("#pledges-table tbody tr")).size());
        String pledges = driver.findElement(By.id("pledges-table")).getText();
        assertTrue(pledges.contains("2026-30 (2026\u20132030)"), "timeframe words and years: " + pledges);

        driver.findElement(By.cssSelector("#article-text .hl-quote[data-q='0']")).click();
        String details = driver.findElement(By.id("details")).getText();
        assertTrue(details.contains("direct") && details.contains("trigram-cue") && details.contains("0.92"), details);

        driver.findElement(By.id("layer-quote")).click();
        assertTrue(driver.findElement(By.id("article-text")).getAttribute("class").contains("hide-quote"));
        driver.findElement(By.id("layer-quote")).click();
        screenshot("report-article.png");
        assertNoConsoleErrors();
    }

    @Test
    void goldComparisonShowsTheFiguresOfEval() throws IOException {
        Evaluation e = Evaluation.run(GOLD, ReportBuilderTest.FIXTURE_RECORDS, null);
        open(fixtureReport, "");
        assertCorpusFigures(e);

        open(fixtureReport, "#/a/" + EN);
        Evaluation.ArticleScore en = e.articles().stream().filter(a -> a.docId().equals(EN)).findFirst().orElseThrow();
        en.counts().figures().forEach((name, v) -> assertEquals(Counts.format(v), driver.findElement(
                By.cssSelector("#gold-article [data-scope='article'][data-figure='" + name + "']")).getText(), name));
        long misses = en.alignment().items().stream().filter(i -> i.outcome().equals("miss")).count();
        assertEquals(misses, driver.findElements(By.cssSelector("#gold-misses li")).size());
        assertTrue(driver.findElements(By.cssSelector("#article-text .hl-miss")).size() > 0);
        assertEquals(2, driver.findElements(By.cssSelector("#gold-false li")).size(), "one quote, one pledge");
        assertEquals(1, driver.findElements(By.cssSelector("#article-text .hl-quote.fp[data-q='6']")).size());
        String wrong = driver.findElement(By.id("gold-wrong")).getText();
        assertTrue(wrong.contains("Lee Jae Myung \u2192 Giorgia Meloni"), wrong);
        assertNoConsoleErrors();
    }

    @Test
    void injectionArticleShowsItsCharactersAndRunsNothing() throws IOException {
        open(fixtureReport, "#/a/injection");
        String text = driver.findElement(By.id("article-text")).getText();
        assertTrue(text.contains("<script>alert(1)</script> is not a greeting"), text);
        assertTrue(text.contains("\"><img src=x onerror=alert(1)> must stay plain text"), text);
        assertTrue(text.contains("</script><script>window.__pwned = 1</script>"), text);
        driver.findElement(By.cssSelector("#article-text .hl-quote[data-q='0']")).click();
        assertEquals("Mario Rossi \"><img src=x onerror=alert(1)> (<b>spokesman</b>, "
                + "</script><script>window.__pwned=1</script>)", driver.findElement(By.id("detail-speaker")).getText());
        assertTrue(driver.findElement(By.id("details")).getText().contains("<img src=x onerror=alert(1)>"),
                "the quote's method is shown as text");
        assertTrue(driver.findElement(By.id("pledges-table")).getText()
                        .contains("<b>bold</b> (2000000 <img src=x onerror=alert(1)>)"),
                "the amount's words, value and currency are shown as text");
        assertNothingRan();
        open(fixtureReport, "");
        assertNothingRan();
        assertNoConsoleErrors();
    }

    @Test
    void traceOfARecordRendersAsATableOfDecisions() throws IOException {
        Path records = WORK.resolve("trace-records");
        Files.createDirectories(records);
        try (var files = Files.list(ReportBuilderTest.FIXTURE_RECORDS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(f, records.resolve(f.getFileName())); // the report reads <docId>.json without records.jsonl
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode record = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(records.resolve(EN + ".json").toFile());
        JsonNode pledge = record.path("pledges").get(0);
        var trace = record.putArray("trace");
        trace.addObject().put("stage", "commitments").put("rule", pledge.path("method").asText())
                .put("verdict", "MADE").put("text", pledge.path("text").asText()).put("start", pledge.path("start").asInt())
                .put("end", pledge.path("end").asInt()).put("note", "p1 agreement");
        trace.addObject().put("stage", "commitments").put("rule", "forecast").put("verdict", "DROPPED")
                .put("text", pledge.path("trigger").path("text").asText())
                .put("start", pledge.path("trigger").path("start").asInt())
                .put("end", pledge.path("trigger").path("end").asInt())
                .put("note", "will-action: <img src=x onerror=alert(1)>");
        Json.PRETTY.writeValue(records.resolve(EN + ".json").toFile(), record);
        Path report = WORK.resolve("trace-report.html");
        new ReportBuilder().write(new ReportBuilder.Options(records, null, articles, null), report);

        open(report, "#/a/" + EN);
        List<WebElement> rows = driver.findElements(By.cssSelector("#trace-table tbody tr"));
        assertEquals(2, rows.size());
        assertEquals("commitments " + pledge.path("method").asText() + " MADE", head(rows.get(0).getText(), 3));
        assertTrue(rows.get(1).getText().endsWith("will-action: <img src=x onerror=alert(1)>"), rows.get(1).getText());
        rows.get(1).click();
        assertTrue(driver.findElement(By.id("details")).getText().contains("DROPPED by forecast"));
        assertNothingRan();
        assertNoConsoleErrors();

        open(fixtureReport, "#/a/" + EN);
        assertTrue(driver.findElements(By.id("trace-table")).isEmpty(), "a record without a trace shows none");
    }

    /** The first {@code n} words of a table row's text. */
    private static String head(String row, int n) {
        return String.join(" ", java.util.Arrays.asList(row.split("\\s+")).subList(0, n));
    }

    @Test
    void reportOfThePipelineOnTheCorpus() throws IOException {
        Path input = WORK.resolve("input");
        ReportBuilderTest.fixtureArticles(input);
        Files.write(input.resolve("en/broken.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Path out = WORK.resolve("pipeline-out");
        // batch writes OUT/report.html by default; the broken file makes it exit with 1
        assertEquals(Main.SOME_FAILED, Main.execute(TestPipelines::standard, "batch", "--in", input.toString(),
                "--out", out.toString(), "--no-progress"));
        open(out.resolve("report.html"), "");
        assertEquals(4, driver.findElements(By.cssSelector("#overview-rows tr")).size());
        assertNoConsoleErrors();
        // the report command finds the texts through OUT/.run.json, as after any batch run
        Path report = out.resolve("report-gold.html");
        assertEquals(Main.OK, Main.execute(TestPipelines::standard, "report", "--in", out.toString(),
                "--gold", GOLD.toString(), "--out", report.toString()));
        open(report, "");
        assertEquals(4, driver.findElements(By.cssSelector("#overview-rows tr")).size());
        assertTrue(driver.findElement(By.cssSelector("#overview-rows tr[data-doc-id='broken']")).getText()
                .contains("binary"));
        assertCorpusFigures(Evaluation.run(GOLD, out, null));
        assertNoConsoleErrors();

        open(report, "#/a/" + EN);
        assertTrue(driver.findElements(By.id("text-missing")).isEmpty(), "the text root was found through .run.json");
        JsonNode record = Json.MAPPER.readTree(out.resolve(EN + ".json").toFile());
        Map<String, String> highlighted = highlightedQuotes();
        assertEquals(record.path("quotes").size(), highlighted.size(), "every quote of the record is highlighted");
        for (int i = 0; i < record.path("quotes").size(); i++) {
            JsonNode q = record.path("quotes").get(i);
            assertEquals(q.get("text").asText(), highlighted.get(String.valueOf(i)));
            driver.findElement(By.cssSelector("#article-text .hl-quote[data-q='" + i + "']")).click();
            assertTrue(driver.findElement(By.id("detail-speaker")).getText()
                    .startsWith(q.path("speaker").path("name").asText("unattributed")));
        }
        assertTrue(driver.findElements(By.id("bad-spans")).isEmpty(), "every span of the record indexes the text");
        assertTrue(driver.findElements(By.cssSelector("#article-text .hl-entity")).size() > 0);
        assertNoConsoleErrors();

        open(report, "#/a/injection");
        assertTrue(driver.findElement(By.id("article-text")).getText().contains("<script>alert(1)</script>"));
        assertNothingRan();
        assertNoConsoleErrors();
    }

    @Test
    void theDetectorsThisTestReliesOnDoDetect() {
        open(fixtureReport, "");
        js("console.error('detector check'); alert('detector check');");
        assertEquals(1L, ((Number) js("return window.__alerts.length")).longValue(), "alert() is trapped");
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(entries.stream().anyMatch(e -> e.getMessage().contains("detector check")),
                "console errors reach the test: " + entries);
    }

    // ---------- helpers ----------

    /** A fresh load of the page at the hash (a new hash alone would only fire hashchange on the loaded page). */
    private void open(Path page, String hash) {
        driver.get("about:blank");
        driver.get(page.toAbsolutePath().toUri() + hash);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private String bodyData(String key) {
        return (String) js("return document.body.dataset['" + key + "']");
    }

    private List<String> visibleDocIds() {
        List<String> ids = new ArrayList<>();
        driver.findElements(By.cssSelector("#overview-rows tr")).forEach(r -> ids.add(r.getAttribute("data-doc-id")));
        return ids;
    }

    /** Quote index → the text of all its highlighted fragments, in document order. */
    @SuppressWarnings("unchecked")
    private Map<String, String> highlightedQuotes() {
        Object r = js("const out = {}; document.querySelectorAll('#article-text .hl-quote[data-q]').forEach(e => {"
                + " out[e.dataset.q] = (out[e.dataset.q] || '') + e.textContent; }); return out;");
        return new LinkedHashMap<>((Map<String, String>) r);
    }

    private void assertCorpusFigures(Evaluation e) {
        Map<String, Counts> scopes = new LinkedHashMap<>(e.byLanguage());
        scopes.put("total", e.total());
        scopes.forEach((scope, counts) -> counts.figures().forEach((name, v) -> assertEquals(Counts.format(v),
                driver.findElement(By.cssSelector("#gold-corpus [data-scope='" + scope + "'][data-figure='" + name + "']"))
                        .getText(), scope + " " + name)));
    }

    private void assertNothingRan() {
        assertEquals(0L, ((Number) js("return window.__alerts.length")).longValue(), "alert() was called");
        assertNull(js("return window.__pwned === undefined ? null : String(window.__pwned)"), "injected script ran");
        assertEquals(0L, ((Number) js("return document.querySelectorAll('#app img, #app script').length")).longValue(),
                "markup from the data became elements");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    private void assertNoConsoleErrors() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), "browser console: " + problems);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target").resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
