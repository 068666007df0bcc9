package io.newsextract.commitment;

import io.newsextract.lexicon.SurfaceToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a pledge that only restates its neighbour in the next sentence — a headline before its lead ("Corea e Italia
 * concordano di rafforzare la cooperazione…" then "Corea del Sud e Italia hanno concordato lunedì di rafforzare…"):
 * same strength, and most of its words (compared by their first letters, to see past inflection) come back.
 */
final class Restatements {

    private static final double SHARED = 0.6;
    private static final int STEM = 5;
    private static final int MIN_WORD = 4;

    private Restatements() {
    }

    static List<CommitmentStage.Hit> drop(List<CommitmentStage.Hit> hits) {
        List<CommitmentStage.Hit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            CommitmentStage.Hit h = hits.get(i);
            CommitmentStage.Hit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
            if (next != null && next.sentence() == h.sentence() + 1 && next.rule().strength() == h.rule().strength()
                    && restates(h, next)) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    private static boolean restates(CommitmentStage.Hit a, CommitmentStage.Hit b) {
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

    private static Set<String> stems(CommitmentStage.Hit h) {
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
