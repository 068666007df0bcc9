package io.newsextract.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.io.AtomicFiles;
import io.newsextract.io.RunInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the HTML review report of a batch output folder: one self-contained page with an overview of every
 * record and, rendered on demand by the page, each article's text with its extractions highlighted and, when a
 * gold folder is given, the comparison with gold.
 *
 * <p>Article texts are found through {@code source} relative to the text root: the one given, else the input
 * folder the batch run wrote in {@code OUT/.run.json}. Without either, the report still lists the extractions.
 */
public final class ReportBuilder {

    /** Where the text root came from, shown in the report. */
    enum TextRootSource { OPTION, RUN_INFO, NONE }

    /**
     * {@code goldDir}, {@code textRoot} and {@code goldTextRoot} may be null. {@code goldTextRoot} is what the
     * gold files' {@code file} paths are relative to (as {@code eval --text-root}).
     */
    public record Options(Path recordsDir, Path goldDir, Path textRoot, Path goldTextRoot) {
    }

    /** What a written report holds. */
    public record Summary(Path file, int articles, int errors, int withoutText, Path textRoot) {
    }

    private final HtmlPage page;

    public ReportBuilder() {
        this.page = HtmlPage.load();
    }

    public Summary write(Options o, Path out) throws IOException {
        Built b = build(o);
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        AtomicFiles.write(abs, b.html().getBytes(StandardCharsets.UTF_8));
        return new Summary(abs, b.articles(), b.errors(), b.withoutText(), b.textRoot());
    }

    /** The page and what it holds. */
    public record Built(String html, int articles, int errors, int withoutText, Path textRoot) {
    }

    public Built build(Options o) throws IOException {
        if (!Files.isDirectory(o.recordsDir())) {
            throw new IOException("records folder not found: " + o.recordsDir());
        }
        List<JsonNode> records = RecordSet.load(o.recordsDir());
        RunInfo run = RunInfo.read(o.recordsDir()).orElse(null);
        TextRootSource from = o.textRoot() != null ? TextRootSource.OPTION
                : run != null && Files.isDirectory(run.inputFolder()) ? TextRootSource.RUN_INFO : TextRootSource.NONE;
        Path textRoot = switch (from) {
            case OPTION -> o.textRoot();
            case RUN_INFO -> run.inputFolder();
            case NONE -> null;
        };
        GoldComparison gold = o.goldDir() == null ? null
                : GoldComparison.run(o.goldDir(), o.recordsDir(), o.goldTextRoot());
        Articles articles = articles(records, new ArticleTexts(textRoot), gold);
        String title = "newsextract report: " + o.recordsDir().toAbsolutePath().normalize().getFileName();
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("title", title);
        index.put("generated", Instant.now().toString());
        index.put("recordsDir", absolute(o.recordsDir()));
        index.put("textRoot", absolute(textRoot));
        index.put("textRootFrom", from.name().toLowerCase());
        index.put("run", run);
        index.put("goldDir", absolute(o.goldDir()));
        index.put("gold", gold == null ? null
                : Map.of("corpus", gold.corpus(), "withoutRecord", gold.withoutRecord(articles.docIds())));
        index.put("sectorLabels", articles.sectorLabels());
        index.put("articles", articles.rows());
        List<HtmlPage.DataBlock> blocks = new ArrayList<>();
        blocks.add(new HtmlPage.DataBlock("report-index", SafeJson.write(index)));
        blocks.addAll(articles.blocks());
        return new Built(page.render(title, blocks), records.size(), articles.errors(), articles.withoutText(),
                textRoot);
    }

    /** The overview rows and the per-article data blocks, with what the index says about them. */
    private record Articles(List<ArticleSummary> rows, List<HtmlPage.DataBlock> blocks,
                            Map<String, String> sectorLabels, Set<String> docIds, int errors, int withoutText) {
    }

    private static Articles articles(List<JsonNode> records, ArticleTexts texts, GoldComparison gold) {
        List<ArticleSummary> rows = new ArrayList<>();
        List<HtmlPage.DataBlock> blocks = new ArrayList<>();
        Map<String, String> sectorLabels = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        int errors = 0;
        int withoutText = 0;
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            String docId = r.path("docId").asText();
            ids.add(docId);
            boolean failed = r.has("error");
            ArticleTexts.Lookup text = failed ? new ArticleTexts.Lookup(null, null)
                    : texts.find(r.path("source").asText(null));
            errors += failed ? 1 : 0;
            withoutText += !failed && text.text() == null ? 1 : 0;
            GoldComparison.Article g = gold == null ? null : gold.article(docId);
            rows.add(ArticleSummary.of(i, r, g, text.text() != null));
            r.path("sectors").forEach(s -> sectorLabels.putIfAbsent(s.path("id").asText(),
                    s.path("label").asText(null)));
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("record", r);
            article.put("text", text.text());
            article.put("textProblem", text.problem());
            article.put("gold", g);
            blocks.add(new HtmlPage.DataBlock("article-" + i, SafeJson.write(article)));
        }
        return new Articles(rows, blocks, sectorLabels, ids, errors, withoutText);
    }

    private static String absolute(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize().toString();
    }
}
