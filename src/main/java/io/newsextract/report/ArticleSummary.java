package io.newsextract.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the report's overview, read from a record (or an error line): what the table, the filters and the
 * charts need, so the page can draw the overview without parsing any article.
 */
record ArticleSummary(int index, String docId, String source, String language, String published, int speakers,
                      int quotes, int pledges, List<String> sectors, Map<String, Integer> strengths,
                      Map<String, Integer> quotesBySpeaker, Failure error, List<GoldComparison.Figure> gold,
                      boolean hasText, int warnings) {

    /** Why an article has no record: the error line's kind and message. */
    record Failure(String kind, String message) {
    }

    /** The gold figures the overview table shows for an article. */
    static final Set<String> OVERVIEW_FIGURES = Set.of("quote_f1", "speaker_acc", "pledge_f1");

    static ArticleSummary of(int index, JsonNode r, GoldComparison.Article gold, boolean hasText) {
        Failure error = r.has("error")
                ? new Failure(r.path("error").path("kind").asText(""), r.path("error").path("message").asText(""))
                : null;
        List<String> sectors = new ArrayList<>();
        r.path("sectors").forEach(s -> sectors.add(s.path("id").asText()));
        Map<String, Integer> strengths = new LinkedHashMap<>();
        r.path("pledges").forEach(p -> strengths.merge(p.path("strength").asText("unknown"), 1, Integer::sum));
        Map<String, Integer> bySpeaker = new LinkedHashMap<>();
        for (JsonNode q : r.path("quotes")) {
            JsonNode name = q.path("speaker").path("name");
            if (name.isTextual() && !name.asText().isBlank()) {
                bySpeaker.merge(name.asText(), 1, Integer::sum);
            }
        }
        List<GoldComparison.Figure> figures = gold == null ? List.of()
                : gold.figures().stream().filter(f -> OVERVIEW_FIGURES.contains(f.name())).toList();
        return new ArticleSummary(index, r.path("docId").asText(), text(r, "source"), text(r, "language"),
                text(r, "published"), r.path("speakers").size(), r.path("quotes").size(), r.path("pledges").size(),
                sectors, strengths, bySpeaker, error, figures, hasText, r.path("warnings").size());
    }

    private static String text(JsonNode r, String field) {
        JsonNode n = r.path(field);
        return n.isTextual() ? n.asText() : null;
    }
}
