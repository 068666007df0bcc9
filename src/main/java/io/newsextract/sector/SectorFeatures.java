package io.newsextract.sector;

import io.newsextract.sector.SectorEvidence.Article;
import io.newsextract.sector.SectorEvidence.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the learned sector decision reads of one sector of one article ({@link SectorEvidence}): the same for every
 * language, no words and no sector ids — how much evidence, how spread over the article, where (headline and lead,
 * quotes), from how many different terms, how many of them needed context, the sector's share of all sector evidence
 * and its rank, and what the rule says. Counts go in small bins.
 */
final class SectorFeatures {

    private SectorFeatures() {
    }

    static List<String> of(Article a, Candidate c) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("rule=" + c.ruleSays(a));
        f.add("short=" + a.isShort());
        f.add("evidence=" + bin(c.evidence(), 0, 1, 2, 3, 5, 8));
        f.add("names-only=" + (c.evidence() == 0));
        f.add("name-mentions=" + bin(c.mentions().size() - c.evidence(), 0, 1, 2));
        f.add("sentences=" + bin(c.sentences(), 0, 1, 2, 3, 5));
        f.add("lead=" + bin(c.lead(), 0, 1, 2));
        f.add("quoted=" + bin(c.quoted(), 0, 1, 2));
        f.add("quoted-only=" + (c.evidence() > 0 && c.quoted() == c.evidence()));
        f.add("terms=" + bin(c.terms(), 0, 1, 2, 3));
        f.add("ambiguous-only=" + (c.evidence() > 0 && c.ambiguous() == c.evidence()));
        int total = a.evidence();
        double share = total == 0 ? 0 : (double) c.evidence() / total;
        f.add("share=" + (share >= 0.5 ? "half" : share >= 0.25 ? "quarter" : share >= 0.1 ? "tenth" : "less"));
        f.add("rank=" + bin(a.rank(c), 1, 2, 3));
        f.add("sectors=" + bin(a.candidates().size(), 1, 2, 4, 7));
        double spread = c.sentenceCount() == 0 ? 0 : (double) c.sentences() / c.sentenceCount();
        f.add("spread=" + (spread >= 0.2 ? "wide" : spread >= 0.1 ? "some" : spread >= 0.05 ? "few" : "rare"));
        double first = c.firstSentence() < 0 || c.sentenceCount() == 0 ? 1 : (double) c.firstSentence()
                / c.sentenceCount();
        f.add("first=" + (first < 0.25 ? "start" : first < 0.5 ? "early" : first < 0.75 ? "late" : "end"));
        return f;
    }

    /** The greatest of {@code bounds} (ascending) that {@code n} reaches, written {@code n+} for the last one. */
    static String bin(int n, int... bounds) {
        String out = String.valueOf(bounds[0]);
        for (int b : bounds) {
            if (n >= b) {
                out = String.valueOf(b);
            }
        }
        return n >= bounds[bounds.length - 1] ? out + "+" : out;
    }
}
