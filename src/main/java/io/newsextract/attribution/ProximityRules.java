package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.Optional;

import static io.newsextract.attribution.Rules.answer;
import static io.newsextract.attribution.Rules.indirect;

/** The last resorts: the nearest name in the quote's sentence, then whoever spoke or was the subject last. */
final class ProximityRules {

    private ProximityRules() {
    }

    /** The nearest named speaker in the quote's sentence, before it first. */
    static final class NearestMention implements AttributionRule {
        public String name() {
            return "nearest-mention";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            int sentence = site.sentence(ctx.view);
            for (int k = site.first() - 1; k >= ctx.view.sentenceStart(sentence); k--) {
                Mention m = ctx.mentionAt(k);
                if (m != null && describedBy(m, site, ctx)) {
                    k = m.from();
                    continue;
                }
                if (m != null && !ctx.view.quoted(k) && !m.type().equals("LOCATION") && m.kind() != Mention.Kind.PRONOUN) {
                    return answer(name(), 0.5, -1, new Subject(m, false), k, site, ctx, trace);
                }
            }
            return Optional.empty();
        }

        /**
         * "Reid has gone after Trump as a “spoiled brat”": a mention that only a preposition (then determiners or
         * punctuation) parts from the quote is what the quote describes, not who says it.
         */
        private static boolean describedBy(Mention m, QuoteSite site, AttributionContext ctx) {
            ReadingView view = ctx.view;
            int k = m.to();
            if (k >= site.first() || !view.hasTag(k, PosClass.ADPOSITION) || view.quoted(k)) {
                return false;
            }
            for (k++; k < site.first(); k++) {
                if (!view.is(k, PosClass.DETERMINER) && !view.isPunct(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whoever spoke or was the subject most recently: the last resort. */
    static final class RecentSpeaker implements AttributionRule {
        public String name() {
            return "recent-speaker";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            return ctx.recent(site.first(), null).map(c -> new Attribution(c, -1, name(), 0.35));
        }
    }
}
