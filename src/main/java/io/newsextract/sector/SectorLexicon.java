package io.newsextract.sector;

import io.newsextract.api.PipelineException;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sector terms of one language: {@code models/<lang>/sectors.tsv} (sector id, term pattern, and {@code ?} for a
 * term that needs context) and {@code models/<lang>/sector-context.tsv} (per sector, the cue words that confirm an
 * ambiguous term nearby, and the words that rule it out right before or after it). Ids and labels come from
 * {@code models/sector-ids.tsv}; an unknown id is a load error. The id {@value #NOT_A_SECTOR} marks look-alikes
 * ("trade union", "sicurezza sociale"): they win the longest match like any term and are then dropped.
 */
final class SectorLexicon {

    /** How far (in tokens, within the sentence) a cue, or a sector term in the same list, confirms an ambiguous term. */
    private static final int CUE_WINDOW = 8;
    private static final int LIST_WINDOW = 4;
    static final String NOT_A_SECTOR = "-";
    /** Tags of the words that may join list items: conjunctions and articles (Penn Treebank and UD tagsets). */
    private static final List<String> LIST_GLUE = List.of("CC", "CCONJ", "DT", "DET");
    private static final List<String> LIST_JOINERS = List.of("CC", "CCONJ");

    private final Map<String, String> labels;
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, List<Term>> byFirstForm = new HashMap<>();
    private final List<Term> unindexed = new ArrayList<>();
    private final Map<String, Context> contexts = new HashMap<>();

    record Term(String sector, TokenPattern pattern, boolean ambiguous) {
    }

    /** A found mention: surface-token range [from, to) of one sentence. */
    record Mention(String sector, int from, int to) {
    }

    private record Context(List<TokenPattern> cues, List<TokenPattern> blockBefore, List<TokenPattern> blockAfter) {
    }

    private SectorLexicon(Map<String, String> labels) {
        this.labels = labels;
    }

    static Map<String, String> loadLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] row : LanguageData.table(null, "sector-ids.tsv", 2)) {
            labels.put(row[0], row[1]);
        }
        return labels;
    }

    static SectorLexicon load(String language, Map<String, String> labels) {
        SectorLexicon lex = new SectorLexicon(labels);
        for (String[] row : LanguageData.table(language, "sectors.tsv", 2)) {
            lex.checkId(row[0], language, "sectors.tsv");
            boolean ambiguous = row.length > 2 && row[2].equals("?");
            Term term = new Term(row[0], TokenPattern.compile(row[1]), ambiguous);
            lex.terms.add(term);
            List<String> first = term.pattern().firstForms();
            if (first.isEmpty()) {
                lex.unindexed.add(term);
            }
            for (String f : first) {
                lex.byFirstForm.computeIfAbsent(f, k -> new ArrayList<>()).add(term);
            }
        }
        if (LanguageData.exists(language, "sector-context.tsv")) {
            for (String[] row : LanguageData.table(language, "sector-context.tsv", 3)) {
                lex.checkId(row[0], language, "sector-context.tsv");
                Context c = lex.contexts.computeIfAbsent(row[0],
                        k -> new Context(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                TokenPattern p = TokenPattern.compile(row[2]);
                switch (row[1]) {
                    case "cue" -> c.cues().add(p);
                    case "block-before" -> c.blockBefore().add(p);
                    case "block-after" -> c.blockAfter().add(p);
                    default -> throw new PipelineException("models/" + language
                            + "/sector-context.tsv: kind must be cue, block-before or block-after, not " + row[1]);
                }
            }
        }
        return lex;
    }

    private void checkId(String id, String language, String file) {
        if (!labels.containsKey(id) && !NOT_A_SECTOR.equals(id)) {
            throw new PipelineException("models/" + language + "/" + file + ": unknown sector id '" + id
                    + "', known: " + labels.keySet());
        }
    }

    String label(String id) {
        return labels.get(id);
    }

    /** The accepted sector mentions of one sentence, longest term first, never overlapping. */
    List<Mention> find(List<SurfaceToken> tokens) {
        List<Mention> plain = new ArrayList<>();
        List<Mention> ambiguous = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Term best = null;
            int bestEnd = -1;
            for (Term t : candidates(tokens.get(i))) {
                var m = t.pattern().matchAt(tokens, i);
                if (m.isPresent() && m.get().end() > bestEnd) {
                    best = t;
                    bestEnd = m.get().end();
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (!best.sector().equals(NOT_A_SECTOR)) {
                (best.ambiguous() ? ambiguous : plain).add(new Mention(best.sector(), i, bestEnd));
            }
            i = bestEnd;
        }
        List<Mention> out = new ArrayList<>(plain);
        for (Mention m : ambiguous) {
            if (confirmed(m, tokens, plain)) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    private List<Term> candidates(SurfaceToken t) {
        List<Term> out = new ArrayList<>(unindexed);
        Set<String> keys = new java.util.HashSet<>();
        keys.add(t.surface());
        keys.addAll(t.words());
        keys.addAll(t.lemmas());
        for (String k : keys) {
            out.addAll(byFirstForm.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** An ambiguous term counts when nothing rules it out and a cue or another sector term stands close by. */
    private boolean confirmed(Mention m, List<SurfaceToken> tokens, List<Mention> plain) {
        Context c = contexts.get(m.sector());
        if (c != null) {
            for (TokenPattern p : c.blockAfter()) {
                if (m.to() < tokens.size() && p.matchAt(tokens, m.to()).isPresent()) {
                    return false;
                }
            }
            for (TokenPattern p : c.blockBefore()) {
                for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
                    var hit = p.matchAt(tokens, k);
                    if (hit.isPresent() && hit.get().end() == m.from()) {
                        return false;
                    }
                }
            }
            for (TokenPattern p : c.cues()) {
                int from = Math.max(0, m.from() - CUE_WINDOW);
                int to = Math.min(tokens.size(), m.to() + CUE_WINDOW);
                for (int k = from; k < to; k++) {
                    if ((k < m.from() || k >= m.to()) && p.matchAt(tokens, k).isPresent()) {
                        return true;
                    }
                }
            }
        }
        for (Mention other : plain) {
            boolean near = other.to() >= m.from() - LIST_WINDOW && other.from() <= m.to() + LIST_WINDOW;
            if (near && coordinated(tokens, Math.min(other.to(), m.to()), Math.max(other.from(), m.from()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [from, to) only join two list items: commas, conjunctions, articles ("AI, chips and space"),
     * with at least one comma or conjunction: two adjacent terms form one compound ("export markets"), not a list.
     */
    private static boolean coordinated(List<SurfaceToken> tokens, int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            SurfaceToken t = tokens.get(k);
            boolean comma = t.surface().equals(",");
            if (!comma && !t.hasTag(LIST_GLUE)) {
                return false;
            }
            joined |= comma || t.hasTag(LIST_JOINERS);
        }
        return joined;
    }
}
