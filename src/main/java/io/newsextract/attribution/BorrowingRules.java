package io.newsextract.attribution;

import java.util.Optional;

import static io.newsextract.attribution.Rules.indirect;
import static io.newsextract.attribution.Rules.onlySubjectBetween;

/** Rules that give a quote the speaker of another quote: the reported speech around it, its sentence, its paragraph. */
final class BorrowingRules {

    private BorrowingRules() {
    }

    /** Lee said the plan was “dead on arrival”: a partial quote inside attributed reported speech shares its speaker. */
    static final class InsideReported implements AttributionRule {
        public String name() {
            return "inside-reported";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site) || !site.quote().kind().equals("partial")) {
                return Optional.empty();
            }
            for (int k = site.index() - 1; k >= 0; k--) {
                QuoteSite other = ctx.sites.get(k);
                Attribution a = ctx.results[k];
                if (indirect(other) && other.quote().start() <= site.quote().start()
                        && site.quote().end() <= other.quote().end() + 1) {
                    if (a == null) {
                        trace.drop(site, name(), "the reported speech around it has no speaker");
                        return Optional.empty();
                    }
                    int own = ownCue(other, site, ctx);
                    if (own >= 0) {
                        trace.drop(site, name(),
                                "'" + ctx.view.word(own) + "' inside the reported speech has its own subject");
                        return Optional.empty();
                    }
                    return Optional.of(new Attribution(a.speaker(), a.cue(), name(), a.confidence() * 0.95));
                }
            }
            return Optional.empty();
        }

        /**
         * "Patriot signaled it would make a deal, Mr. Barrett said, “we were floored”": a speech verb with a written
         * subject inside the reported speech, with only that subject, adverbs, capitalised words and punctuation
         * before the quote ({@link Rules#onlySubjectBetween}), introduces the quote itself (not "Lee said Friday that
         * “…”", reported speech inside reported speech); its word, or -1.
         */
        private static int ownCue(QuoteSite reported, QuoteSite site, AttributionContext ctx) {
            for (int c = site.first() - 1; c > reported.first(); c--) {
                if (ctx.isCue(c) && !ctx.isNonFiniteCue(c)) {
                    Mention m = ctx.subjectOf(c).mention();
                    return m != null && m.kind() != Mention.Kind.PRONOUN && m.from() > reported.first()
                            && onlySubjectBetween(c, site.first(), m, ctx) ? c : -1;
                }
            }
            return -1;
        }
    }

    /** A second quote in a sentence whose first quote is attributed. */
    static final class SameSentence implements AttributionRule {
        public String name() {
            return "same-sentence";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int sentence = site.sentence(ctx.view);
            return indirect(site) ? Optional.empty() : ctx.previous(site, o -> o.sentence(ctx.view) == sentence)
                    .map(a -> new Attribution(a.speaker(), -1, name(), 0.8));
        }
    }

    /** A quote left open at its paragraph end takes the speaker named where the next paragraph closes it. */
    static final class ContinuedLater implements AttributionRule {
        public String name() {
            return "continued-later";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int next = site.index() + 1;
            while (next < ctx.sites.size() && indirect(ctx.sites.get(next))) {
                next++;
            }
            if (indirect(site) || next >= ctx.sites.size() || !ctx.sites.get(next).continued()) {
                return Optional.empty();
            }
            Attribution later = ctx.results[next];
            if (later != null) {
                return Optional.of(new Attribution(later.speaker(), -1, name(), 0.8));
            }
            // the next quote is visited again in its turn: what this look-ahead rejects there is not traced twice
            Optional<Attribution> ahead = attribute(ctx.sites.get(next), ctx, trace.silent())
                    .map(a -> new Attribution(a.speaker(), -1, name(), a.confidence() * 0.95));
            if (ahead.isEmpty()) {
                trace.drop(site, name(), "the quote that continues it has no speaker");
            }
            return ahead;
        }
    }

    /** A quote that opens a paragraph right after a paragraph that ended in a quote (or reopens it) continues it. */
    static final class ParagraphContinuation implements AttributionRule {
        public String name() {
            return "paragraph-continuation";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site) || !site.opensParagraph() || site.index() == 0) {
                return Optional.empty();
            }
            QuoteSite prev = ctx.sites.get(site.index() - 1);
            boolean adjacent = prev.paragraph() == site.paragraph() - 1
                    && (site.continued() || endsParagraph(prev, ctx));
            return adjacent ? ctx.previous(site, o -> true).map(a -> new Attribution(a.speaker(), -1, name(),
                    site.continued() ? 0.85 : 0.7)) : Optional.empty();
        }

        private static boolean endsParagraph(QuoteSite q, AttributionContext ctx) {
            int k = q.last() + 1;
            while (k < ctx.view.size() && ctx.view.paragraph(k) == q.paragraph() && ctx.view.isPunct(k)) {
                k++;
            }
            return k >= ctx.view.size() || ctx.view.paragraph(k) != q.paragraph();
        }
    }

    /**
     * A later quote in a paragraph whose earlier quote is attributed, by a rule other than the last resort: a title
     * ("On “Face the Nation,” Sanders …") given the speaker who spoke last says nothing of who speaks after it.
     */
    static final class SameParagraph implements AttributionRule {
        private static final String LAST_RESORT = new ProximityRules.RecentSpeaker().name();

        public String name() {
            return "same-paragraph";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            for (int k = site.index() - 1; k >= 0 && ctx.sites.get(k).paragraph() == site.paragraph(); k--) {
                Attribution a = ctx.results[k];
                if (a != null && !indirect(ctx.sites.get(k)) && !a.method().startsWith(LAST_RESORT)) {
                    return Optional.of(new Attribution(a.speaker(), -1, name(), 0.65));
                }
            }
            return Optional.empty();
        }
    }
}
