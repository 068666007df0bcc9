package io.newsextract.quote;

import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.learn.Classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned cue decision of one sentence: the model ({@code models/learned/reported-cue.bin}) gives each candidate
 * of {@link CueCandidates} the probability of being no cue, a cue with its content after it, or one with its content
 * before it; the candidates at or above {@link #THRESHOLD} become cues with their content read by {@link CueContent}.
 * A content that runs into the clause of a later cue ends where that clause begins.
 */
final class LearnedCues {

    /** The model's file name under {@code models/learned/}. */
    static final String MODEL = "reported-cue";
    /** The method every output of the model names. */
    static final String METHOD = "model:cue";
    static final String NO = "no";
    static final String AFTER = "after";
    static final String BEFORE = "before";
    /**
     * Tuned on PolNeAR dev (reported-speech F1): with the model retrained on the mined cue words, 0.25 keeps more
     * of its cues than 0.3 did (F1 0.506 -> 0.511) with corpus/gold and it-quotes unchanged; 0.2 costs corpus/gold
     * English precision 0.889 -> 0.862.
     */
    static final double THRESHOLD = Double.parseDouble(System.getProperty("newsextract.cueThreshold", "0.25"));

    /** A cue the model kept: its content, the cue found by the rules or read off the side, and the probability. */
    record Kept(SpeechCue cue, double p) {
    }

    /** A candidate the model did not keep, with its probability of being a cue. */
    record Dropped(Span word, double p) {
    }

    private LearnedCues() {
    }

    /** The outcome of a candidate for training: the side of the gold content, or no cue. */
    static String outcome(boolean cue, boolean before) {
        return !cue ? NO : before ? BEFORE : AFTER;
    }

    static List<Kept> decide(SentenceWords s, List<CueCandidates.Candidate> candidates, Classifier model,
                             List<Dropped> dropped) {
        List<Kept> kept = new ArrayList<>();
        for (CueCandidates.Candidate c : candidates) {
            double pAfter = model.probability(c.features(), AFTER);
            double pBefore = model.probability(c.features(), BEFORE);
            double p = pAfter + pBefore;
            if (p < THRESHOLD) {
                dropped.add(new Dropped(s.span(c.k()), p));
                continue;
            }
            CueContent.Side side = pBefore > pAfter ? CueContent.Side.BEFORE : CueContent.Side.AFTER;
            Span content = CueContent.of(s, c, side);
            Span cue = c.accordingEnd() > 0 ? new Span(s.start(c.k()), s.end(c.accordingEnd() - 1)) : s.span(c.k());
            if (!kept.isEmpty() && content.length() > 0) {
                Kept prev = kept.get(kept.size() - 1);
                Span pc = prev.cue().content();
                if (side == CueContent.Side.AFTER && pc.start() > prev.cue().cue().start() && content.start() < pc.end()
                        && s.start(c.k()) > pc.start()) {
                    int cut = Math.max(pc.start(), CueContent.clauseStart(s, c.k()));
                    SpeechCue old = prev.cue();
                    kept.set(kept.size() - 1, new Kept(new SpeechCue(old.cue(),
                            s.trim(pc.start(), cut), old.rule(), old.subject()), prev.p()));
                } else if (content.overlap(pc) * 2 > Math.min(content.length(), pc.length())) {
                    if (p <= prev.p()) {
                        dropped.add(new Dropped(s.span(c.k()), p));
                        continue;
                    }
                    kept.remove(kept.size() - 1);
                }
            }
            kept.add(new Kept(new SpeechCue(cue, content, METHOD, c.subject()), p));
        }
        return kept;
    }
}
