package io.newsextract.report;

import io.newsextract.eval.Alignment;
import io.newsextract.eval.Counts;
import io.newsextract.eval.Evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gold comparison of a report: {@link Evaluation} run on the same folders as the {@code eval} command, so every
 * figure is the one {@code eval} prints, in the same format ({@link Counts#format}).
 */
final class GoldComparison {

    /** A figure under the scorer's name: as {@code eval} prints it, and as a number for sorting. */
    record Figure(String name, String shown, double value) {
    }

    /** The figures of one scope: a language, the total, or one article. */
    record Scope(String name, List<Figure> figures) {
    }

    /** What the report shows for one gold article. */
    record Article(String docId, String language, List<Figure> figures, Alignment alignment) {
    }

    private final List<Scope> corpus;
    private final Map<String, Article> articles;

    private GoldComparison(List<Scope> corpus, Map<String, Article> articles) {
        this.corpus = List.copyOf(corpus);
        this.articles = Map.copyOf(articles);
    }

    static GoldComparison run(Path goldDir, Path predDir, Path goldTextRoot) throws IOException {
        Evaluation e;
        try {
            e = Evaluation.run(goldDir, predDir, goldTextRoot);
        } catch (IOException ex) {
            throw new IOException("gold comparison: " + ex.getMessage()
                    + "; the report's option for the gold files' text root is --gold-text-root", ex);
        }
        List<Scope> corpus = new ArrayList<>();
        e.byLanguage().forEach((lang, c) -> corpus.add(new Scope(lang, figures(c))));
        corpus.add(new Scope("total", figures(e.total())));
        Map<String, Article> articles = new HashMap<>();
        for (Evaluation.ArticleScore a : e.articles()) {
            articles.put(a.docId(), new Article(a.docId(), a.language(), figures(a.counts()), a.alignment()));
        }
        return new GoldComparison(corpus, articles);
    }

    static List<Figure> figures(Counts c) {
        List<Figure> out = new ArrayList<>();
        c.figures().forEach((name, v) -> out.add(new Figure(name, Counts.format(v), ((Number) v).doubleValue())));
        return out;
    }

    /** Per language (sorted) and then "total". */
    List<Scope> corpus() {
        return corpus;
    }

    /** The gold article of a docId, or null when the gold folder has none. */
    Article article(String docId) {
        return articles.get(docId);
    }

    /** Gold articles for which the records hold no record at all. */
    List<String> withoutRecord(Set<String> recordIds) {
        return articles.keySet().stream().filter(id -> !recordIds.contains(id)).sorted().toList();
    }
}
