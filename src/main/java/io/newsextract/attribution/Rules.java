package io.newsextract.attribution;

import io.newsextract.attribution.AttributionContext.Resolved;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.List;
import java.util.Optional;

/**
 * The attribution rules, in the order the stage tries them: the surest patterns of news writing first (a speech verb
 * and its subject right next to the quote), then wider context (the sentence, the paragraph, the article). Each rule
 * names itself in {@code method}; a speaker reached through a pronoun, a dropped subject or a group says so after a
 * slash ("quote-cue-name/prodrop"), and its confidence is lowered.
 */
final class Rules {

    private Rules() {
    }

    /** Rules that read only the quote's own sentence; the stage runs them over every quote first. */
    static List<AttributionRule> local() {
        return List.of(new ReportedCue(), new InsideReported(), new QuoteCueName(), new QuoteNameCue(),
                new NameCueQuote(), new AccordingTo(), new CueLaterInSentence(), new GroupInSentence(),
                new ColonLabel());
    }

    /** Rules that borrow another quote's speaker or look further back; run second, on the quotes still open. */
    static List<AttributionRule> contextual() {
        return List.of(new SameSentence(), new ContinuedLater(), new ParagraphContinuation(), new SameParagraph(),
                new InterviewAnswer(), new NearestMention(), new AlternatingTurns(), new RecentSpeaker());
    }

    static boolean indirect(QuoteSite site) {
        return site.quote().kind().equals("indirect");
    }

    static Optional<Attribution> result(String rule, double confidence, int cue, Optional<Resolved> r) {
        return r.map(x -> new Attribution(x.speaker(), cue, x.how().equals("name") ? rule : rule + "/" + x.how(),
                confidence * switch (x.how()) {
                    case "name" -> 1.0;
                    case "nominal", "group" -> 0.9;
                    case "pronoun" -> 0.85;
                    default -> 0.75;
                }));
    }

    /** The first word after the quote that is not punctuation, an auxiliary or an adverb. */
    static int firstWordAfter(QuoteSite site, AttributionContext ctx) {
        int i = site.last() + 1;
        while (i < site.afterEnd() && (ctx.view.isPunct(i) || ctx.view.isSkippable(i))) {
            i++;
        }
        return i;
    }

    /** Reported speech: the subject of the speech verb the detector found, or the source after "according to". */
    static final class ReportedCue implements AttributionRule {
        public String name() {
            return "reported-cue";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            if (!indirect(site) || site.quote().cue() == null) {
                return Optional.empty();
            }
            int cue = ctx.view.firstAtOrAfter(site.quote().cue().start());
            int after = ctx.view.accordingToAt(cue);
            if (after > cue) {
                Mention m = ctx.relativeFollows(after) ? ctx.antecedent(cue) : ctx.sourceAfter(after);
                return m == null ? Optional.empty()
                        : result("according-to", 0.85, cue, ctx.resolve(new Subject(m, false), cue));
            }
            return result(name(), 0.8, cue, ctx.resolve(ctx.subjectOf(cue), cue));
        }
    }

    /** Lee said the plan was “dead on arrival”: a partial quote inside attributed reported speech shares its speaker. */
    static final class InsideReported implements AttributionRule {
        public String name() {
            return "inside-reported";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            if (indirect(site) || !site.quote().kind().equals("partial")) {
                return Optional.empty();
            }
            for (int k = site.index() - 1; k >= 0; k--) {
                QuoteSite other = ctx.sites.get(k);
                Attribution a = ctx.results[k];
                if (indirect(other) && other.quote().start() <= site.quote().start()
                        && site.quote().end() <= other.quote().end() + 1) {
                    return a == null ? Optional.empty() : Optional.of(new Attribution(a.speaker(), a.cue(), name(),
                            a.confidence() * 0.95));
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

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
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
                    return Optional.empty();
                }
            }
            return result(name(), 0.7, -1, ctx.resolve(new Subject(m, false), m.from()));
        }

        /**
         * The speaker the label names: the mention ending at the colon, or, when that is a place, the person or noun
         * before it in the label ("Whitmore a Roma:", "la sindaca di Bologna:").
         */
        private static Mention label(int colon, AttributionContext ctx) {
            for (int k = colon - 1; k >= 0 && !ctx.view.isPunct(k) && !ctx.view.isVerb(k); k--) {
                Mention m = ctx.mentionAt(k);
                if (m == null || m.kind() == Mention.Kind.PRONOUN) {
                    continue;
                }
                if (!m.type().equals("LOCATION")) {
                    return m;
                }
                k = m.from();
            }
            Mention last = ctx.mentionAt(colon - 1);
            return last != null && last.to() == colon && last.kind() != Mention.Kind.PRONOUN ? last : null;
        }
    }

    /** “…,” said Lee / «…», ha dichiarato Lee / «…», ha dichiarato ai giornalisti (dropped subject). */
    static final class QuoteCueName implements AttributionRule {
        public String name() {
            return "quote-cue-name";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            int i = firstWordAfter(site, ctx);
            if (indirect(site) || i >= site.afterEnd() || !ctx.isCue(i) || ctx.isNonFiniteCue(i)) {
                return Optional.empty();
            }
            Subject s = ctx.subjectOf(i);
            if (s.mention() != null && s.mention().from() < i) {
                return Optional.empty();
            }
            return result(name(), 0.95, i, ctx.resolve(s, site.first()));
        }
    }

    /** “…,” Lee said / “…,” he told reporters / “…,” Lee, a spokesman for X, said. */
    static final class QuoteNameCue implements AttributionRule {
        private static final int WINDOW = 14;

        public String name() {
            return "quote-name-cue";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            int i = firstWordAfter(site, ctx);
            Mention m = ctx.mentionAt(i);
            if (indirect(site) || i >= site.afterEnd() || m == null || m.from() != i) {
                return Optional.empty();
            }
            for (int c = m.to(); c < Math.min(site.afterEnd(), m.to() + WINDOW); c++) {
                if (ctx.isCue(c) && ctx.subjectOf(c).mention() == m) {
                    return result(name(), 0.95, c, ctx.resolve(new Subject(m, false), site.first()));
                }
            }
            return Optional.empty();
        }
    }

    /** Lee said: “…” / Lee underscored that bilateral “…” / Ha inoltre spiegato che … «…» (dropped subject). */
    static final class NameCueQuote implements AttributionRule {
        public String name() {
            return "name-cue-quote";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            if (indirect(site)) {
                return Optional.empty();
            }
            for (int c = site.first() - 1; c >= site.before(); c--) {
                if (ctx.isCue(c)) {
                    Subject s = ctx.subjectOf(c);
                    if (s.mention() != null || s.dropped()) {
                        return result(name(), 0.9, c, ctx.resolve(s, c));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** “…”, according to Lee / secondo Lee, «…». */
    static final class AccordingTo implements AttributionRule {
        public String name() {
            return "according-to";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            int sentence = site.sentence(ctx.view);
            for (int k = ctx.view.sentenceStart(sentence); k < site.afterEnd() && !indirect(site); k++) {
                int end = ctx.view.quoted(k) ? -1 : ctx.view.accordingToAt(k);
                if (end > k) {
                    Mention m = ctx.relativeFollows(end) ? ctx.antecedent(k) : ctx.sourceAfter(end);
                    if (m != null) {
                        return result(name(), 0.85, k, ctx.resolve(new Subject(m, false), k));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** “a disgrace” and “a mess,” Lee said — a speech verb later in the quote's sentence. */
    static final class CueLaterInSentence implements AttributionRule {
        public String name() {
            return "sentence-cue";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            int end = ctx.view.sentenceEnd(ctx.view.sentence(site.last()));
            for (int c = site.last() + 1; c < end && !indirect(site); c++) {
                if (ctx.isCue(c)) {
                    Subject s = ctx.subjectOf(c);
                    if (s.mention() != null) {
                        return result(name(), 0.75, c, ctx.resolve(s, c));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** In the statement, the leaders “concurred on …” — a group phrase before the quote, with no speech verb. */
    static final class GroupInSentence implements AttributionRule {
        public String name() {
            return "group-phrase";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            for (int k = site.first() - 1; k >= site.before() && !indirect(site); k--) {
                Mention m = ctx.mentionAt(k);
                if (m != null && m.kind() == Mention.Kind.GROUP) {
                    return result(name(), 0.8, -1, ctx.resolve(new Subject(m, false), k));
                }
            }
            return Optional.empty();
        }
    }

    /** A second quote in a sentence whose first quote is attributed. */
    static final class SameSentence implements AttributionRule {
        public String name() {
            return "same-sentence";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            int sentence = site.sentence(ctx.view);
            return indirect(site) ? Optional.empty() : ctx.previous(site, o -> o.sentence(ctx.view) == sentence)
                    .map(a -> new Attribution(a.speaker(), -1, name(), 0.8));
        }
    }

    /** A quote that opens a paragraph right after a paragraph that ended in a quote (or reopens it) continues it. */
    static final class ParagraphContinuation implements AttributionRule {
        public String name() {
            return "paragraph-continuation";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
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

    /** A quote left open at its paragraph end takes the speaker named where the next paragraph closes it. */
    static final class ContinuedLater implements AttributionRule {
        public String name() {
            return "paragraph-continuation";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            int next = site.index() + 1;
            while (next < ctx.sites.size() && indirect(ctx.sites.get(next))) {
                next++;
            }
            if (indirect(site) || next >= ctx.sites.size() || !ctx.sites.get(next).continued()) {
                return Optional.empty();
            }
            Attribution later = ctx.results[next];
            return later == null ? attribute(ctx.sites.get(next), ctx).map(a -> new Attribution(a.speaker(), -1,
                    name(), a.confidence() * 0.95)) : Optional.of(new Attribution(later.speaker(), -1, name(), 0.8));
        }
    }

    /** A later quote in a paragraph whose earlier quote is attributed. */
    static final class SameParagraph implements AttributionRule {
        public String name() {
            return "same-paragraph";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            return indirect(site) ? Optional.empty() : ctx.previous(site, o -> o.paragraph() == site.paragraph())
                    .map(a -> new Attribution(a.speaker(), -1, name(), 0.65));
        }
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

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            if (indirect(site) || !answers(site, ctx)) {
                return Optional.empty();
            }
            for (int k = site.index() - 1; k >= 0; k--) {
                if (ctx.results[k] != null && answers(ctx.sites.get(k), ctx)) {
                    return Optional.of(new Attribution(ctx.results[k].speaker(), -1, name(), 0.7));
                }
            }
            return ctx.mostMentionedPerson().map(c -> new Attribution(c, -1, name(), 0.6));
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

    /** The nearest named speaker in the quote's sentence, before it first. */
    static final class NearestMention implements AttributionRule {
        public String name() {
            return "nearest-mention";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            if (indirect(site)) {
                return Optional.empty();
            }
            int sentence = site.sentence(ctx.view);
            for (int k = site.first() - 1; k >= ctx.view.sentenceStart(sentence); k--) {
                Mention m = ctx.mentionAt(k);
                if (m != null && !ctx.view.quoted(k) && !m.type().equals("LOCATION") && m.kind() != Mention.Kind.PRONOUN) {
                    return result(name(), 0.5, -1, ctx.resolve(new Subject(m, false), k));
                }
            }
            return Optional.empty();
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

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
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
            return a == null || b == null || a.speaker() == b.speaker() ? Optional.empty()
                    : Optional.of(new Attribution(b.speaker(), -1, name(), 0.6));
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

    /** Whoever spoke or was the subject most recently: the last resort. */
    static final class RecentSpeaker implements AttributionRule {
        public String name() {
            return "recent-speaker";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx) {
            return ctx.recent(site.first(), null).map(c -> new Attribution(c, -1, name(), 0.35));
        }
    }
}
