package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.corpora.Polnear;
import io.newsextract.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores a folder of records against a folder of gold files (format of shared/gold): per article, per language and
 * in total. A gold file's {@code file} path is resolved against the text root, or when none is given against the
 * gold folder's parent, its grandparent, and the working directory, in that order.
 */
public final class Evaluation {

    /** One gold article's result, and the alignment of gold and predicted items it was counted from. */
    public record ArticleScore(String docId, String language, Counts counts, Alignment alignment) {
    }

    private final List<ArticleScore> articles;
    private final List<Scorer.Finding> findings;
    private final Map<String, ByMethod> methods;

    private Evaluation(List<ArticleScore> articles, List<Scorer.Finding> findings, Map<String, ByMethod> methods) {
        this.articles = List.copyOf(articles);
        this.findings = List.copyOf(findings);
        this.methods = methods;
    }

    public static Evaluation run(Path goldDir, Path predDir, Path textRoot) throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Gold> articles = new ArrayList<>();
        for (Path gf : golds) {
            JsonNode gold = Json.MAPPER.readTree(gf.toFile());
            String text = Files.readString(resolveText(gold.path("file").asText(), goldDir, textRoot),
                    StandardCharsets.UTF_8);
            articles.add(new Gold(gold, text));
        }
        return score(articles, predDir);
    }

    /** Scores records against a PolNeAR split read directly, with the converter's rules (see {@link PolnearGold}). */
    public static Evaluation runPolnear(Path split, Path predDir) throws IOException {
        List<Gold> articles = new ArrayList<>();
        for (Polnear.Article a : Polnear.read(split)) {
            articles.add(new Gold(PolnearGold.goldFile(a), a.text()));
        }
        return score(articles, predDir);
    }

    /** A gold file and the text of its article. */
    private record Gold(JsonNode gold, String text) {
    }

    private static Evaluation score(List<Gold> golds, Path predDir) throws IOException {
        List<ArticleScore> articles = new ArrayList<>();
        List<Scorer.Finding> findings = new ArrayList<>();
        Map<String, ByMethod> methods = new TreeMap<>();
        for (Gold g : golds) {
            JsonNode gold = g.gold();
            String docId = gold.path("docId").asText();
            String text = g.text();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            Path pf = predDir.resolve(docId + ".json");
            JsonNode pred = Files.exists(pf) ? Json.MAPPER.readTree(pf.toFile()) : null;
            Scorer.Scored scored = Scorer.scoreAligned(gold, pred, text, findings);
            String language = gold.path("language").asText("und");
            articles.add(new ArticleScore(docId, language, scored.counts(), scored.alignment()));
            methods.computeIfAbsent(language, k -> new ByMethod())
                    .add(ByMethod.of(gold, pred, text, scored.alignment()));
        }
        return new Evaluation(articles, findings, methods);
    }

    private static Path resolveText(String file, Path goldDir, Path textRoot) throws IOException {
        List<Path> roots = new ArrayList<>();
        if (textRoot != null) {
            roots.add(textRoot);
        } else {
            Path abs = goldDir.toAbsolutePath().normalize();
            if (abs.getParent() != null) {
                roots.add(abs.getParent());
                if (abs.getParent().getParent() != null) {
                    roots.add(abs.getParent().getParent());
                }
            }
            roots.add(Path.of(""));
        }
        for (Path root : roots) {
            Path p = root.resolve(file);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IOException("gold file '" + file + "' not found under " + roots + " (use --text-root)");
    }

    public List<ArticleScore> articles() {
        return articles;
    }

    public List<Scorer.Finding> findings() {
        return findings;
    }

    public Counts total() {
        Counts t = new Counts();
        articles.forEach(a -> t.add(a.counts()));
        return t;
    }

    public Map<String, Counts> byLanguage() {
        Map<String, Counts> out = new TreeMap<>();
        for (ArticleScore a : articles) {
            out.computeIfAbsent(a.language(), k -> new Counts()).add(a.counts());
        }
        return out;
    }

    /** Precision per method, by language, with the total under "total". */
    public Map<String, ByMethod> byMethod() {
        Map<String, ByMethod> out = new LinkedHashMap<>(methods);
        ByMethod total = new ByMethod();
        methods.values().forEach(total::add);
        out.put("total", total);
        return out;
    }

    /** {"total": {...figures}, "byLanguage": {"en": {...}, ...}} with the reference scorer's figure names. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total().figures());
        Map<String, Object> langs = new LinkedHashMap<>();
        byLanguage().forEach((lang, c) -> langs.put(lang, c.figures()));
        out.put("byLanguage", langs);
        return out;
    }
}
