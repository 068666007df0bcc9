package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sector terms of one language: {@code models/<lang>/sectors.tsv} (sector id, term pattern, and {@code ?} for a
 * term that needs context) and {@code models/<lang>/sector-context.tsv} (per sector, the cue words that confirm an
 * ambiguous term nearby, and the words that rule it out right before or after it). Ids and labels come from
 * {@code models/sector-ids.tsv}; an unknown id is a load error. The id {@value #NOT_A_SECTOR} marks look-alikes
 * ("trade union", "sicurezza sociale"): they win the longest match like any term and are then dropped.
 */
public final class SectorTerms {

    public static final String NOT_A_SECTOR = "-";

    public record Term(String sector, TokenPattern pattern, boolean ambiguous) {
    }

    /** What confirms an ambiguous term of one sector, and what rules it out right before or after it. */
    public record Context(List<TokenPattern> cues, List<TokenPattern> blockBefore, List<TokenPattern> blockAfter) {
    }

    private final Map<String, String> labels;
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Context> contexts = new HashMap<>();

    private SectorTerms(Map<String, String> labels) {
        this.labels = labels;
    }

    /** The sector ids of {@code models/sector-ids.tsv} and their labels, in file order. */
    static Map<String, String> labels(DataFolder data) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] row : data.table(null, "sector-ids.tsv", 2)) {
            labels.put(row[0], row[1]);
        }
        return labels;
    }

    static SectorTerms load(DataFolder data, String language, Map<String, String> labels) {
        SectorTerms lex = new SectorTerms(labels);
        for (String[] row : data.table(language, "sectors.tsv", 2)) {
            lex.checkId(row[0], language, "sectors.tsv");
            lex.terms.add(new Term(row[0], TokenPattern.compile(row[1]), row.length > 2 && row[2].equals("?")));
        }
        for (String[] row : data.table(language, "sector-context.tsv", 3)) {
            lex.checkId(row[0], language, "sector-context.tsv");
            Context c = lex.contexts.computeIfAbsent(row[0],
                    k -> new Context(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            TokenPattern p = TokenPattern.compile(row[2]);
            switch (row[1]) {
                case "cue" -> c.cues().add(p);
                case "block-before" -> c.blockBefore().add(p);
                case "block-after" -> c.blockAfter().add(p);
                default -> throw new PipelineException(DataFolder.name(language, "sector-context.tsv")
                        + ": kind must be cue, block-before or block-after, not " + row[1]);
            }
        }
        return lex;
    }

    private void checkId(String id, String language, String file) {
        if (!labels.containsKey(id) && !NOT_A_SECTOR.equals(id)) {
            throw new PipelineException(DataFolder.name(language, file) + ": unknown sector id '" + id
                    + "', known: " + labels.keySet());
        }
    }

    public String label(String id) {
        return labels.get(id);
    }

    /** The terms in file order. */
    public List<Term> terms() {
        return terms;
    }

    /** The context of a sector's ambiguous terms, or null when it has none. */
    public Context context(String sector) {
        return contexts.get(sector);
    }
}
