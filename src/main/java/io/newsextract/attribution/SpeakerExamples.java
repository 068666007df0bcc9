package io.newsextract.attribution;

import io.newsextract.api.Document;
import io.newsextract.attribution.AttributionContext.Resolved;
import io.newsextract.attribution.AttributionContext.Subject;
import io.newsextract.attribution.SpeakerCandidates.Candidate;
import io.newsextract.attribution.SpeakerRanker.Choice;
import io.newsextract.corpora.Polnear;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The speaker model's training examples from an annotated corpus: a document read up to the attribution stage, the
 * rules run on it, and for each direct or partial quote that an attribution's content covers (by at least half of the
 * quote) its candidates labelled {@code yes} when they are the attribution's source. The source is the mention that
 * overlaps the source span (a person's name first, not a possessor as in "Scott's niece"); a candidate is the source
 * when it is that mention or, unless that mention is a pronoun, when it resolves to the same speaker. Quotes whose
 * source is no mention are left out (counted as unreachable).
 */
public final class SpeakerExamples {

    /** One quote's labelled candidates, and what the ordered rules answered for it. */
    public record Quote(List<List<String>> features, List<Boolean> labels, boolean[] ruled, boolean rulesRight) {
        /** Whether any candidate is the source: the model can only learn and be right on those. */
        public boolean reachable() {
            return labels.contains(true);
        }

        /** Whether the candidate the ranker chooses with these {@code scores} and {@code margin} is the source. */
        public boolean rightWith(double[] scores, double margin) {
            int chosen = SpeakerRanker.choose(scores, ruled, margin);
            return chosen >= 0 && labels.get(chosen);
        }
    }

    private final AttributionStage rules;

    /** With the rules alone, for the languages of {@code resources}. */
    public SpeakerExamples(Map<String, LanguageResources> resources) {
        this.rules = new AttributionStage(resources);
    }

    /** The labelled quotes of a document annotated up to the attribution stage, against its gold attributions. */
    public List<Quote> of(Document doc, List<Polnear.Attribution> gold) {
        Trace trace = Trace.of(doc.text()).silent();
        AttributionContext ctx = rules.ruled(doc, trace);
        List<Quote> out = new ArrayList<>();
        for (Choice choice : SpeakerRanker.choices(ctx, AttributionStage.allRules(), trace)) {
            Polnear.Attribution a = attributionOf(choice.site().quote(), gold);
            if (a == null || a.source() == null) {
                continue;
            }
            Mention source = sourceMention(ctx, a.source());
            Cluster speaker = source == null ? null
                    : ctx.resolve(new Subject(source, false), source.from()).map(Resolved::speaker).orElse(null);
            List<List<String>> features = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            Attribution ruled = ctx.results[choice.site().index()];
            boolean[] isRuled = new boolean[choice.candidates().size()];
            for (Candidate c : choice.candidates()) {
                isRuled[features.size()] = ruled != null && c.speaker() == ruled.speaker();
                features.add(c.features());
                labels.add(source != null && (c.mention() == source
                        || speaker != null && c.speaker() == speaker && source.kind() != Mention.Kind.PRONOUN
                        || speaker != null && c.speaker() == speaker && c.mention() == null));
            }
            out.add(new Quote(features, labels, isRuled, ruled != null && speaker != null && ruled.speaker() == speaker));
        }
        return out;
    }

    /** Adds every candidate of the reachable quotes to {@code trainer}. */
    public static void addTo(Trainer trainer, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.reachable()) {
                for (int i = 0; i < q.features().size(); i++) {
                    trainer.add(q.labels().get(i) ? SpeakerRanker.YES : SpeakerRanker.NO, q.features().get(i));
                }
            }
        }
    }

    /** The outcome whose probability ranks the candidates. */
    public static String rankedOutcome() {
        return SpeakerRanker.YES;
    }

    /** The attribution whose content covers most of the quote, if it covers at least half of it. */
    private static Polnear.Attribution attributionOf(io.newsextract.api.Quote q, List<Polnear.Attribution> gold) {
        Polnear.Attribution best = null;
        int bestOverlap = 0;
        for (Polnear.Attribution a : gold) {
            int overlap = overlap(a.content(), q.start(), q.end());
            if (overlap > bestOverlap) {
                best = a;
                bestOverlap = overlap;
            }
        }
        return bestOverlap * 2 >= q.end() - q.start() ? best : null;
    }

    private static int overlap(Polnear.Fragments f, int start, int end) {
        int n = 0;
        for (int[] p : f.parts()) {
            n += Math.max(0, Math.min(end, p[1]) - Math.max(start, p[0]));
        }
        return n;
    }

    /** The mention that overlaps the source span: a person's name that is no possessor first, else the first. */
    private static Mention sourceMention(AttributionContext ctx, Polnear.Fragments source) {
        Mention first = null;
        for (Mention m : ctx.mentions) {
            if (overlap(source, ctx.view.start(m.from()), ctx.view.end(m.to() - 1)) == 0) {
                continue;
            }
            if (m.isNamedPerson() && !possessor(ctx, m)) {
                return m;
            }
            first = first == null ? m : first;
        }
        return first;
    }

    private static boolean possessor(AttributionContext ctx, Mention m) {
        if (m.to() >= ctx.view.size()) {
            return false;
        }
        String next = ctx.view.word(m.to());
        return next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’");
    }
}
