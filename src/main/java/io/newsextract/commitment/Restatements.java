package io.newsextract.commitment;

import io.newsextract.lexicon.SurfaceToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Drops a pledge that only restates its neighbour in the next sentence — a headline before its lead ("Corea e Italia
 * concordano di rafforzare la cooperazione…" then "Corea del Sud e Italia hanno concordato lunedì di rafforzare…"):
 * within three sentences (a headline, a subtitle, the lead), same strength or the same verb, and most of its words
 * (compared by their first letters, to see past inflection) come back. Only the opening sentences of an article are
 * headlines: a speaker who repeats a pledge further on ("We're going to build a wall. [...] We are going to build a
 * wall") says it again. Nor is a headline whose verb names the act of pledging ({@code pledge-act} of
 * {@code commitments.tsv}: "Sanders Promises Action On Immigration", "Trump, Ryan, pledge to work together"): it reports
 * that a pledge was made, a pledge of its own (labelling guide of the development sets).
 */
final class Restatements {

    private static final double SHARED = 0.6;
    /** How many sentences on the restatement may come: a headline, a subtitle or two, then the lead. */
    private static final int REACH = 3;
    /** The opening sentences of an article, where a headline or subtitle can stand. */
    private static final int HEADLINES = 3;
    private static final int STEM = 5;
    private static final int MIN_WORD = 4;
    /** The optional list of the words that name the act of pledging. */
    static final String PLEDGE_ACT = "pledge-act";

    private Restatements() {
    }

    /** The hits without restated headlines; each one dropped is passed to {@code dropped}. */
    static List<Hit> drop(List<Hit> hits, CommitmentLexicon lex, Consumer<Hit> dropped) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            Hit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
            if (h.sentence() < HEADLINES && next != null && !namesPledging(lex, h) && next.sentence() > h.sentence()
                    && next.sentence() - h.sentence() <= REACH && (next.rule().strength() == h.rule().strength() || sameTrigger(h, next)) && restates(h, next)) {
                dropped.accept(h);
                continue;
            }
            out.add(h);
        }
        return out;
    }

    /** Whether the hit's trigger names the act of pledging ("promises", "pledge", "promette"). */
    private static boolean namesPledging(CommitmentLexicon lex, Hit h) {
        return lex.has(PLEDGE_ACT) && lex.in(PLEDGE_ACT, h.tokens().get(h.match().trigger()));
    }

    /** "stanzia" in the headline, "stanzierà" in the lead: the same verb, whatever strength its tense gives it. */
    private static boolean sameTrigger(Hit a, Hit b) {
        String ta = a.tokens().get(a.match().trigger()).surface().toLowerCase(java.util.Locale.ROOT);
        String tb = b.tokens().get(b.match().trigger()).surface().toLowerCase(java.util.Locale.ROOT);
        return ta.length() >= STEM && tb.length() >= STEM && ta.startsWith(tb.substring(0, STEM));
    }

    private static boolean restates(Hit a, Hit b) {
        Set<String> wa = stems(a);
        Set<String> wb = stems(b);
        if (wa.isEmpty() || wa.size() > wb.size()) {
            return false;
        }
        int shared = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                shared++;
            }
        }
        return shared >= SHARED * wa.size();
    }

    private static Set<String> stems(Hit h) {
        Set<String> out = new HashSet<>();
        for (SurfaceToken t : h.tokens().subList(h.clauseStart(), h.partEnd())) {
            String w = t.surface();
            if (w.length() >= MIN_WORD && w.codePoints().allMatch(Character::isLetter)) {
                out.add(w.substring(0, Math.min(STEM, w.length())));
            }
        }
        return out;
    }
}
