package io.newsextract.attribution;

import java.util.Optional;

import static io.newsextract.attribution.Rules.indirect;

/** Rules for questions and answers, each a paragraph of its own: interviews and exchanges at a hearing. */
final class TurnRules {

    private TurnRules() {
    }

    /**
     * An interview: a quote that opens a paragraph right after the interviewer's question (a paragraph with no quote
     * that ends in "?") answers it, so it has the speaker of the previous answer, or else of the person the article
     * names most often (the interviewee).
     */
    static final class InterviewAnswer implements AttributionRule {
        public String name() {
            return "interview-answer";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site) || !answers(site, ctx)) {
                return Optional.empty();
            }
            for (int k = site.index() - 1; k >= 0; k--) {
                if (ctx.results[k] != null && answers(ctx.sites.get(k), ctx)) {
                    return Optional.of(new Attribution(ctx.results[k].speaker(), -1, name(), 0.7));
                }
            }
            Optional<Attribution> a = ctx.mostMentionedPerson().map(c -> new Attribution(c, -1, name(), 0.6));
            if (a.isEmpty()) {
                trace.drop(site, name(), "no earlier answer and no person named");
            }
            return a;
        }

        private static boolean answers(QuoteSite site, AttributionContext ctx) {
            int k = site.first() - 1;
            if (!site.opensParagraph() || indirect(site) || k < 0 || !ctx.view.word(k).equals("?")) {
                return false;
            }
            for (; k >= 0 && ctx.view.paragraph(k) == site.paragraph() - 1; k--) {
                if (ctx.view.quoted(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An exchange of questions and answers, each a paragraph of its own: a quote alone in its paragraph with no
     * attribution answers the speaker before last, when the last two quotes came from two people in the two
     * paragraphs just before.
     */
    static final class AlternatingTurns implements AttributionRule {
        public String name() {
            return "alternating-turns";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site) || !site.opensParagraph() || !alone(site, ctx)) {
                return Optional.empty();
            }
            QuoteSite last = previousDirect(site.index(), ctx);
            QuoteSite beforeLast = last == null ? null : previousDirect(last.index(), ctx);
            if (beforeLast == null || last.paragraph() != site.paragraph() - 1
                    || beforeLast.paragraph() != site.paragraph() - 2) {
                return Optional.empty();
            }
            Attribution a = ctx.results[last.index()];
            Attribution b = ctx.results[beforeLast.index()];
            if (a == null || b == null || a.speaker() == b.speaker()) {
                trace.drop(site, name(), "the two quotes before it are not from two known speakers");
                return Optional.empty();
            }
            return Optional.of(new Attribution(b.speaker(), -1, name(), 0.6));
        }

        private static QuoteSite previousDirect(int index, AttributionContext ctx) {
            for (int k = index - 1; k >= 0; k--) {
                if (!indirect(ctx.sites.get(k))) {
                    return ctx.sites.get(k);
                }
            }
            return null;
        }

        private static boolean alone(QuoteSite site, AttributionContext ctx) {
            for (int k = site.last() + 1; k < ctx.view.size() && ctx.view.paragraph(k) == site.paragraph(); k++) {
                if (!ctx.view.isPunct(k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
