package io.newsextract.sector;

import io.newsextract.lexicon.PosClasses;
import io.newsextract.lexicon.SectorTerms;
import io.newsextract.lexicon.SectorTerms.Term;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sector terms of one language ({@link SectorTerms}) in a sentence: the longest term at each token wins (of
 * two as long, one that needs no context: "finanziaria" over "finanziari*"), and an ambiguous term counts only when
 * its context confirms it. Terms are indexed by the literal forms their
 * pattern opens with, so a token is tried only against the terms that can start at it.
 */
final class SectorLexicon {

    /** How far (in tokens, within the sentence) a cue, or a sector term in the same list, confirms an ambiguous term. */
    private static final int CUE_WINDOW = 8;
    private static final int LIST_WINDOW = 4;
    /** How far before a term a block-before pattern may start. */
    private static final int BLOCK_BEFORE_WINDOW = 3;

    private final SectorTerms terms;
    private final PosClasses classes;
    private final Map<String, List<Term>> byFirstForm = new HashMap<>();
    private final List<Term> unindexed = new ArrayList<>();

    /** A found mention: surface-token range [from, to) of one sentence; ambiguous when its term needed context. */
    record Mention(String sector, int from, int to, boolean ambiguous) {
    }

    /**
     * @param classes the language's word classes: {@code list-glue} (the words that may join list items:
     *                conjunctions, articles) and {@code list-joiner} (those that join: conjunctions)
     */
    SectorLexicon(SectorTerms terms, PosClasses classes) {
        this.terms = terms;
        this.classes = classes;
        for (Term term : terms.terms()) {
            List<String> first = term.pattern().firstForms();
            if (first.isEmpty()) {
                unindexed.add(term);
            }
            for (String f : first) {
                byFirstForm.computeIfAbsent(f, k -> new ArrayList<>()).add(term);
            }
        }
    }

    String label(String id) {
        return terms.label(id);
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
                boolean surer = m.isPresent() && m.get().end() == bestEnd && best.ambiguous() && !t.ambiguous();
                if (m.isPresent() && m.get().end() > bestEnd || surer) {
                    best = t;
                    bestEnd = m.get().end();
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (!best.sector().equals(SectorTerms.NOT_A_SECTOR)) {
                Mention m = new Mention(best.sector(), i, bestEnd, best.ambiguous());
                (best.ambiguous() ? ambiguous : plain).add(m);
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
        Set<String> keys = new HashSet<>();
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
        SectorTerms.Context c = terms.context(m.sector());
        if (c != null) {
            for (TokenPattern p : c.blockAfter()) {
                if (m.to() < tokens.size() && p.matchAt(tokens, m.to()).isPresent()) {
                    return false;
                }
            }
            for (TokenPattern p : c.blockBefore()) {
                for (int k = Math.max(0, m.from() - BLOCK_BEFORE_WINDOW); k < m.from(); k++) {
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
    private boolean coordinated(List<SurfaceToken> tokens, int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            SurfaceToken t = tokens.get(k);
            boolean comma = t.surface().equals(",");
            if (!comma && !classes.anyTag("list-glue", t.tags())) {
                return false;
            }
            joined |= comma || classes.anyTag("list-joiner", t.tags());
        }
        return joined;
    }
}
