package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.Optional;
import java.util.regex.Pattern;

import static io.newsextract.attribution.Rules.answer;
import static io.newsextract.attribution.Rules.indirect;
import static io.newsextract.attribution.Rules.text;

/**
 * Rules with no speech verb: a group phrase or a name-and-colon label before the quote, or a dash and a name or a
 * verbless label sentence after it, names who speaks.
 */
final class LabelRules {

    private LabelRules() {
    }

    /** In the statement, the leaders “concurred on …” — a group phrase before the quote, with no speech verb. */
    static final class GroupInSentence implements AttributionRule {
        public String name() {
            return "group-phrase";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            for (int k = site.first() - 1; k >= site.before() && !indirect(site); k--) {
                Mention m = ctx.mentionAt(k);
                if (m != null && m.kind() == Mention.Kind.GROUP) {
                    return answer(name(), 0.8, -1, new Subject(m, false), k, site, ctx, trace);
                }
            }
            return Optional.empty();
        }
    }

    /** Bankitalia: «Serve prudenza» / Trump: “No deal” — a name and a colon right before the quote, no verb. */
    static final class ColonLabel implements AttributionRule {
        public String name() {
            return "colon-label";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int colon = site.first() - 1;
            if (indirect(site) || colon < 1 || !ctx.view.word(colon).equals(":")) {
                return Optional.empty();
            }
            Mention m = label(colon, ctx);
            if (m == null) {
                return Optional.empty();
            }
            for (int k = m.to(); k < colon; k++) {
                if (ctx.view.isVerb(k)) {
                    trace.drop(site, name(), "verb '" + ctx.view.word(k) + "' after the label '"
                            + text(ctx, m.from(), m.to()) + "'");
                    return Optional.empty();
                }
            }
            return answer(name(), 0.7, -1, new Subject(m, false), m.from(), site, ctx, trace);
        }

        /**
         * The speaker the label names: the mention ending at the colon, or, when that is a place, the person or noun
         * before it in the label ("Whitmore a Roma:", "la sindaca di Bologna:"); an organisation after a
         * preposition is passed the same way.
         */
        private static Mention label(int colon, AttributionContext ctx) {
            for (int k = colon - 1; k >= 0 && !ctx.view.isPunct(k) && !ctx.view.isVerb(k); k--) {
                Mention m = ctx.mentionAt(k);
                if (m == null || m.kind() == Mention.Kind.PRONOUN) {
                    continue;
                }
                if (!m.type().equals("LOCATION") && !affiliation(m, ctx)) {
                    return m;
                }
                k = m.from();
            }
            Mention last = ctx.mentionAt(colon - 1);
            return last != null && last.to() == colon && last.kind() != Mention.Kind.PRONOUN && !affiliation(last, ctx)
                    ? last : null;
        }

        /**
         * "il colore ufficiale della Casa Reale:" — an organisation after a preposition is what the label belongs
         * to, not who speaks.
         */
        private static boolean affiliation(Mention m, AttributionContext ctx) {
            return m.type().equals("ORGANIZATION") && ctx.afterPreposition(m);
        }
    }

    /**
     * «Continuiamo a ritenere …»: questo il giudizio dell'avvocato Sergio Rastrelli — right after the quote, past
     * punctuation only, a word of class {@code label-opener} opens words with no verb that name the speaker.
     */
    static final class LabelAfter implements AttributionRule {
        private static final int REACH = 8;

        public String name() {
            return "label-after";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int k = site.last() + 1;
            int size = ctx.view.size();
            for (int punct = 0; k < size && ctx.view.isPunct(k) && !ctx.view.quoted(k); punct++, k++) {
                if (punct == 2) {
                    return Optional.empty();
                }
            }
            if (indirect(site) || k >= size || ctx.view.quoted(k) || !ctx.view.isListed(k, PosClass.LABEL_OPENER)) {
                return Optional.empty();
            }
            int end = Math.min(ctx.view.sentenceEnd(ctx.view.sentence(k)), k + 1 + REACH);
            for (int i = k + 1; i < end && !ctx.view.quoted(i) && !ctx.view.isVerb(i); i++) {
                Mention m = ctx.mentionAt(i);
                if (m != null && m.kind() != Mention.Kind.PRONOUN && !m.type().equals("LOCATION")) {
                    return answer(name(), 0.75, -1, new Subject(m, false), m.from(), site, ctx, trace);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * “We need law and order.” ― Sonya Herridge — a byline after the quote: nothing but a dash (and stops) between the
     * closing mark and a name, and nothing after the name but a stop, a comma (an apposition: "― Sonya Herridge, 34")
     * or the line end. No speech verb; testimonials, epigraphs and vox pops are written so.
     */
    static final class DashByline implements AttributionRule {
        private static final Pattern BETWEEN = Pattern.compile("[\\s\\u00a0.,]*[―—–][\\s\\u00a0]*");
        private static final int WINDOW = 4;

        public String name() {
            return "dash-byline";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            ReadingView view = ctx.view;
            int close = view.markedSpan(site.quote()).end();
            int end = Math.min(view.size(), site.last() + 1 + WINDOW);
            for (int k = site.last() + 1; k < end; k++) {
                Mention m = ctx.mentionAt(k);
                if (m == null || m.from() != k || view.quoted(k)) {
                    continue;
                }
                int at = view.start(m.from());
                if (at < close || !BETWEEN.matcher(view.text.substring(close, at)).matches() || !endsLine(view, m)
                        || m.kind() != Mention.Kind.NAME || m.type().equals("LOCATION")) {
                    return Optional.empty();
                }
                return answer(name(), 0.9, -1, new Subject(m, false), m.from(), site, ctx, trace);
            }
            return Optional.empty();
        }

        /** Whether only a stop, a comma or the line end follows the name. */
        private static boolean endsLine(ReadingView view, Mention m) {
            String text = view.text;
            int i = view.end(m.to() - 1);
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t')) {
                i++;
            }
            return i >= text.length() || ".,\n\r".indexOf(text.charAt(i)) >= 0;
        }
    }
}
