package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * «…» (David Shore, creatore della serie): a person named first inside the bracket that follows the quote's
     * closing mark, alone or before a comma, is its speaker — unless the quote follows a common noun or the bracket
     * holds a number: il romanzo «Il nome della rosa» (Umberto Eco, 1980) names a work and its author.
     */
    static final class BracketByline implements AttributionRule {
        private static final Pattern OPENING = Pattern.compile("[\\s\\u00a0]*\\(");

        public String name() {
            return "bracket-byline";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            ReadingView view = ctx.view;
            int k = site.last() + 1;
            Mention m = k + 1 < view.size() ? ctx.mentionAt(k + 1) : null;
            if (indirect(site) || m == null || m.from() != k + 1 || !m.isNamedPerson() || m.to() >= view.size()
                    || !(view.word(m.to()).equals(")") || view.word(m.to()).equals(","))) {
                return Optional.empty();
            }
            int close = view.markedSpan(site.quote()).end();
            if (!OPENING.matcher(view.text.substring(close, view.end(k))).matches() || namesAWork(site, m, view)) {
                return Optional.empty();
            }
            return answer(name(), 0.9, -1, new Subject(m, false), m.from(), site, ctx, trace);
        }

        /** Whether the quote follows a common noun ("il romanzo «…»") or its bracket holds a number ("1980"). */
        private static boolean namesAWork(QuoteSite site, Mention m, ReadingView view) {
            int before = site.first() - 1;
            if (before >= 0 && view.isPunct(before)) {
                before--;
            }
            if (before >= 0 && view.hasTag(before, PosClass.NOUN) && !view.isCapitalized(before)) {
                return true;
            }
            for (int j = m.to(); j < view.size() && !view.word(j).equals(")"); j++) {
                if (view.word(j).chars().anyMatch(Character::isDigit)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "Gianni Morandi, Leonardo Pieraccioni e i Negramaro hanno voluto omaggiarlo: «A», «B» e «C»": as many quotes,
     * joined by commas and a conjunction after a colon, as the names listed before it: each name said its quote, in
     * order. The list must be the subject of a verb before the colon that is no speech verb, and no quote of the run
     * may have a cue of its own: "Neri ha ricordato Rossi e Bruni: «A» e «B»" are Neri's words.
     */
    static final class RespectiveList implements AttributionRule {
        public String name() {
            return "respective-list";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            List<QuoteSite> run = joinedQuotes(site, ctx);
            QuoteSite head = run.get(0);
            if (run.size() < 2 || head.first() == 0 || !ctx.view.word(head.first() - 1).equals(":")) {
                return Optional.empty();
            }
            int colon = head.first() - 1;
            List<Mention> names = listBefore(colon, head.before(), run.size(), ctx);
            if (names.isEmpty() || !subjectOfPlainVerb(names.get(names.size() - 1).to(), colon, ctx)
                    || cueAfter(run.get(run.size() - 1), ctx)) {
                return Optional.empty();
            }
            Mention m = names.get(run.indexOf(site));
            return answer(name(), 0.8, -1, new Subject(m, false), m.from(), site, ctx, trace);
        }

        /** The direct quotes around {@code site} (itself included, in order) that only commas and conjunctions join. */
        private static List<QuoteSite> joinedQuotes(QuoteSite site, AttributionContext ctx) {
            List<QuoteSite> run = new ArrayList<>(List.of(site));
            for (int k = site.index() - 1; k >= 0 && joined(ctx.sites.get(k), run.get(0), ctx); k--) {
                run.add(0, ctx.sites.get(k));
            }
            for (int k = site.index() + 1; k < ctx.sites.size() && joined(run.get(run.size() - 1), ctx.sites.get(k),
                    ctx); k++) {
                run.add(ctx.sites.get(k));
            }
            return run;
        }

        private static boolean joined(QuoteSite a, QuoteSite b, AttributionContext ctx) {
            if (indirect(a) || indirect(b) || b.first() <= a.last()) {
                return false;
            }
            for (int k = a.last() + 1; k < b.first(); k++) {
                if (!ctx.view.word(k).equals(",") && !ctx.view.is(k, PosClass.LIST_JOINER)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "… e i Negrita lo hanno salutato:": the list's end is followed, past clitics and auxiliaries, by a verb that
         * is no speech cue, and no other cue stands before the colon.
         */
        private static boolean subjectOfPlainVerb(int end, int colon, AttributionContext ctx) {
            int k = end;
            while (k < colon && (ctx.view.isSkippable(k) || ctx.view.is(k, PosClass.OBJECT_CLITIC))) {
                k++;
            }
            return k < colon && ctx.view.isVerb(k) && !ctx.cueBetween(end, colon);
        }

        /** Whether a speech cue follows the run's last quote in its sentence ("«A» e «B», hanno detto"). */
        private static boolean cueAfter(QuoteSite last, AttributionContext ctx) {
            return ctx.cueBetween(last.last() + 1, ctx.view.sentenceEnd(ctx.view.sentence(last.last())));
        }

        /**
         * The last list of exactly {@code size} names (people, organisations, the names of a coordination) in words
         * [from, to), with only commas, a conjunction and determiners between them; empty when there is none.
         */
        private static List<Mention> listBefore(int to, int from, int size, AttributionContext ctx) {
            List<Mention> found = List.of();
            List<Mention> list = new ArrayList<>();
            int last = -1;
            for (Mention m : ctx.mentions) {
                if (m.from() < from || m.to() > to) {
                    continue;
                }
                List<Mention> names = m.kind() == Mention.Kind.GROUP ? m.parts() : List.of(m);
                if (names.isEmpty() || !names.stream().allMatch(LabelRules::listable)) {
                    continue;
                }
                if (last < 0 || !onlyJoiners(last, m.from(), ctx)) {
                    list = new ArrayList<>();
                }
                list.addAll(names);
                last = m.to();
                if (list.size() == size) {
                    found = List.copyOf(list);
                } else if (list.size() > size) {
                    found = List.of();
                }
            }
            return found;
        }

        private static boolean onlyJoiners(int from, int to, AttributionContext ctx) {
            for (int k = from; k < to; k++) {
                if (!ctx.view.word(k).equals(",") && !ctx.view.is(k, PosClass.LIST_JOINER) && !ctx.view.is(k, PosClass.DETERMINER)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean listable(Mention m) {
        return m.kind() == Mention.Kind.NAME && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"));
    }
}
