package io.newsextract.attribution;

import io.newsextract.attribution.SpeakerCandidates.Candidate;
import io.newsextract.attribution.SpeakerCandidates.RuleAnswer;
import io.newsextract.learn.Classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learned speaker ranking: after the ordered rules have answered, every direct and partial quote gets the
 * candidate ({@link SpeakerCandidates}) the speaker model finds likeliest to be its source, resolved to the article's
 * speaker. The rules explain: the quote's {@code method} is the first rule that picks the same speaker, or
 * {@code model:speaker} when none does; its confidence is the model's probability. Every quote's features read the
 * rules' answers only (not the model's for other quotes), as in training. Reported speech keeps its rules.
 * Immutable: the classifier is shared, read-only.
 */
final class SpeakerRanker {

    /** The model's name: {@code models/learned/speaker.bin}. */
    static final String MODEL = "speaker";
    static final String YES = "yes";
    static final String NO = "no";
    static final String METHOD = "model:speaker";
    /**
     * How much likelier the model's best candidate must be than the rules' answer to replace it. On PolNeAR dev the
     * model's top-1 is best at 0-0.05 (0.802-0.804 against the rules' 0.778) and 0.795 at 0.2; at 0.2 the articles
     * written here ({@code corpus/gold}), where the rules were tuned, keep their speakers (Italian 0.938 at 0 against
     * 0.972 before, 0.972 at 0.2) — the model learned no weight for rules PolNeAR never fires, such as interviews.
     */
    static final double MARGIN = 0.2;

    private final Classifier model;
    private final List<AttributionRule> rules;

    SpeakerRanker(Classifier model, List<AttributionRule> rules) {
        this.model = model;
        this.rules = List.copyOf(rules);
    }

    /** A direct or partial quote, what each rule would answer for it, and its candidates. */
    record Choice(QuoteSite site, List<RuleAnswer> answers, List<Candidate> candidates) {
    }

    /**
     * The choices of a document whose rules have answered: the features of every candidate are computed from the
     * rules' answers alone, at training and at run time alike.
     */
    static List<Choice> choices(AttributionContext ctx, List<AttributionRule> rules, Trace trace) {
        SpeakerCandidates candidates = new SpeakerCandidates(ctx, rules);
        List<Choice> out = new ArrayList<>();
        Cluster previous = null;
        for (QuoteSite site : ctx.sites) {
            if (Rules.indirect(site)) {
                continue;
            }
            Attribution ruled = ctx.results[site.index()];
            List<RuleAnswer> answers = candidates.answers(site, trace);
            out.add(new Choice(site, answers, candidates.of(site, answers, ruled == null ? null : ruled.speaker(),
                    previous)));
            previous = ruled == null ? previous : ruled.speaker();
        }
        return out;
    }

    /**
     * The candidate chosen among {@code scores}: the best, unless the rules gave the quote another speaker
     * ({@code ruled}: the candidates that are the rules' speaker) whose best candidate scores less than {@code margin}
     * below it; -1 when there is no candidate.
     */
    static int choose(double[] scores, boolean[] ruled, double margin) {
        int best = -1;
        int bestRuled = -1;
        for (int i = 0; i < scores.length; i++) {
            best = best < 0 || scores[i] > scores[best] ? i : best;
            bestRuled = ruled[i] && (bestRuled < 0 || scores[i] > scores[bestRuled]) ? i : bestRuled;
        }
        return best < 0 || bestRuled < 0 || ruled[best] || scores[best] - scores[bestRuled] >= margin ? best : bestRuled;
    }

    void rank(AttributionContext ctx, Trace trace) {
        for (Choice choice : choices(ctx, rules, trace)) {
            List<Candidate> list = choice.candidates();
            Attribution ruled = ctx.results[choice.site().index()];
            double[] scores = new double[list.size()];
            boolean[] isRuled = new boolean[list.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = model.probability(list.get(i).features(), YES);
                isRuled[i] = ruled != null && list.get(i).speaker() == ruled.speaker();
            }
            int chosen = choose(scores, isRuled, MARGIN);
            if (chosen >= 0) {
                Candidate best = list.get(chosen);
                double bestP = scores[chosen];
                Attribution a = answer(best, bestP, choice.answers());
                ctx.results[choice.site().index()] = a;
                trace.remade(choice.site(), a.method(), String.format(Locale.ROOT, "%s (p=%.2f of %d candidates)",
                        best.speaker().name, bestP, choice.candidates().size()));
            }
        }
    }

    private static Attribution answer(Candidate best, double p, List<RuleAnswer> answers) {
        for (RuleAnswer a : answers) {
            if (a.attribution().speaker() == best.speaker()) {
                return new Attribution(best.speaker(), a.attribution().cue(), a.attribution().method(), p);
            }
        }
        return new Attribution(best.speaker(), -1, METHOD, p);
    }
}
