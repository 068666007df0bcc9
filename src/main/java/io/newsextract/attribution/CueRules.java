package io.newsextract.attribution;

import io.newsextract.api.Quote;
import io.newsextract.api.SpeechCue;
import io.newsextract.api.SubjectSlot;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.Optional;

import static io.newsextract.attribution.Rules.answer;
import static io.newsextract.attribution.Rules.firstWordAfter;
import static io.newsextract.attribution.Rules.indirect;
import static io.newsextract.attribution.Rules.onlySubjectBetween;
import static io.newsextract.attribution.Rules.text;

/**
 * Rules anchored on a speech verb or an "according to" phrase in the quote's own sentence, or on a speech verb that
 * ends the sentence before it: the subject speaks.
 */
final class CueRules {

    private CueRules() {
    }

    /** The source an "according to" phrase at words [phrase, end) names: after it, or before "secondo cui". */
    private static Mention source(int phrase, int end, AttributionContext ctx) {
        return ctx.relativeFollows(end) ? ctx.antecedent(phrase) : ctx.sourceAfter(end);
    }

    private static String noSource(int phrase, int end, AttributionContext ctx) {
        return "no source for '" + text(ctx, phrase, end) + "'";
    }

    /** The word of an indirect quote's cue, or -1 when the detector found none. */
    private static int cueOf(QuoteSite site, AttributionContext ctx) {
        return !indirect(site) || site.quote().cue() == null ? -1 : ctx.view.firstAtOrAfter(site.quote().cue().start());
    }

    /** The reading's speech-cue candidate that gave an indirect quote (same cue, same content), or null. */
    private static SpeechCue candidateOf(QuoteSite site, AttributionContext ctx) {
        Quote q = site.quote();
        for (SpeechCue c : ctx.view.reading.cues()) {
            if (c.cue().equals(q.cue().span()) && c.content().equals(q.span())) {
                return c;
            }
        }
        return null;
    }

    private static int accordingToEnd(int k, AttributionContext ctx) {
        return ctx.view.accordingToAt(k);
    }

    /** Reported speech whose cue is "according to": the source the phrase names. */
    static final class ReportedAccordingTo implements AttributionRule {
        public String name() {
            return "reported-according-to";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int cue = cueOf(site, ctx);
            int after = cue < 0 ? -1 : accordingToEnd(cue, ctx);
            if (after <= cue) {
                return Optional.empty();
            }
            Mention m = source(cue, after, ctx);
            if (m == null) {
                trace.drop(site, name(), noSource(cue, after, ctx));
                return Optional.empty();
            }
            return answer(name(), 0.85, cue, new Subject(m, false), cue, site, ctx, trace);
        }
    }

    /** Reported speech: the subject of the speech verb, where the reading's cue candidate placed it. */
    static final class ReportedCue implements AttributionRule {
        public String name() {
            return "reported-cue";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int cue = cueOf(site, ctx);
            if (cue < 0 || accordingToEnd(cue, ctx) > cue) {
                return Optional.empty();
            }
            SpeechCue candidate = candidateOf(site, ctx);
            if (candidate == null || candidate.subject() == null) {
                trace.drop(site, name(), "no speech-cue candidate in the reading for '" + site.quote().cue().text() + "'");
                return Optional.empty();
            }
            return answer(name(), 0.8, cue, ctx.subjectOf(cue, candidate.subject()), cue, site, ctx, trace);
        }
    }

    /** “…,” said Lee / «…», ha dichiarato Lee / «…», ha dichiarato ai giornalisti (dropped subject). */
    static final class QuoteCueName implements AttributionRule {
        public String name() {
            return "quote-cue-name";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int i = firstWordAfter(site, ctx);
            if (indirect(site) || i >= site.afterEnd() || !ctx.isCue(i)) {
                return Optional.empty();
            }
            if (ctx.isNonFiniteCue(i)) {
                trace.drop(site, name(), "cue '" + ctx.view.word(i) + "' is not finite");
                return Optional.empty();
            }
            Subject s = ctx.subjectOf(i);
            if (s.mention() != null && s.mention().from() < i) {
                trace.drop(site, name(), "the subject of '" + ctx.view.word(i) + "' stands before it");
                return Optional.empty();
            }
            return answer(name(), 0.95, i, s, site.first(), site, ctx, trace);
        }
    }

    /** “…,” Lee said / “…,” he told reporters / “…,” Lee, a spokesman for X, said. */
    static final class QuoteNameCue implements AttributionRule {
        private static final int WINDOW = 14;

        public String name() {
            return "quote-name-cue";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            int i = firstWordAfter(site, ctx);
            int end = i >= site.afterEnd() && splitAfterMark(site, ctx, i) ? ctx.view.sentenceEnd(ctx.view.sentence(i))
                    : site.afterEnd();
            Mention m = ctx.mentionAt(i);
            if (indirect(site) || i >= end || m == null || m.from() != i) {
                return Optional.empty();
            }
            for (int c = m.to(); c < Math.min(end, m.to() + WINDOW); c++) {
                if (ctx.isCue(c) && ctx.subjectOf(c).mention() == m) {
                    return answer(name(), 0.95, c, new Subject(m, false), site.first(), site, ctx, trace);
                }
            }
            trace.drop(site, name(), "'" + text(ctx, m.from(), m.to()) + "' is the subject of no speech verb after it");
            return Optional.empty();
        }

        /**
         * “Who would have believed …?” Trump said: the tokenizer ends the sentence at a question or exclamation mark
         * inside the quote, so the name and its verb after the quote open a sentence of their own in the same paragraph.
         */
        private static boolean splitAfterMark(QuoteSite site, AttributionContext ctx, int next) {
            ReadingView view = ctx.view;
            if (next >= view.size() || view.paragraph(next) != site.paragraph() || view.quoted(next)) {
                return false;
            }
            for (int k = Math.max(site.first(), site.last() - 1); k <= site.last(); k++) {
                if (view.word(k).equals("?") || view.word(k).equals("!")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * «Prendiamo atto - ha continuato il legale - della decisione …»: a quote that holds the writer's cue between
     * dashes (see {@link ReadingView#quoted}) belongs to that verb's subject.
     */
    static final class InsertedCue implements AttributionRule {
        public String name() {
            return "inserted-cue";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            for (int c = site.first() + 1; c < site.last(); c++) {
                if (ctx.view.reading.quoted(c) && ctx.isCue(c)) {
                    // the dash before the verb opens the writer's words, as a dash after a quote does: the
                    // subject, if any, follows the verb ("- ha continuato il legale -")
                    Subject s = ctx.subjectOf(c, new SubjectSlot(SubjectSlot.Kind.AFTER_QUOTE, c - 1));
                    return answer(name(), 0.9, c, s, c, site, ctx, trace);
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

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            for (int c = site.first() - 1; c >= site.before(); c--) {
                if (ctx.isCue(c)) {
                    Subject s = ctx.subjectOf(c);
                    if (s.mention() != null || s.dropped()) {
                        return answer(name(), 0.9, c, s, c, site, ctx, trace);
                    }
                    trace.drop(site, name(), "cue '" + ctx.view.word(c) + "' has no subject");
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The administration may wait, Schiff said. “The other factor …”: a quote that opens a sentence takes the speaker
     * of the finite speech verb that ends the sentence before it in its paragraph (only its subject, adverbs,
     * capitalised words and punctuation after the verb), when that sentence holds no quote of its own and the verb's
     * subject is written and no pronoun.
     */
    static final class CueEndsSentenceBefore implements AttributionRule {
        private static final int WINDOW = 6;

        public String name() {
            return "cue-ends-sentence-before";
        }

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            ReadingView view = ctx.view;
            int sentence = site.sentence(view);
            if (indirect(site) || sentence == 0 || site.first() != view.sentenceStart(sentence)) {
                return Optional.empty();
            }
            int from = view.sentenceStart(sentence - 1);
            int end = view.sentenceEnd(sentence - 1);
            if (view.paragraph(from) != site.paragraph() || !view.word(end - 1).equals(".")) {
                return Optional.empty();
            }
            for (int k = from; k < end; k++) {
                if (view.quoted(k)) {
                    return Optional.empty();
                }
            }
            for (int c = end - 2; c >= Math.max(from, end - 1 - WINDOW); c--) {
                if (ctx.isCue(c) && !ctx.isNonFiniteCue(c)) {
                    Subject s = ctx.subjectOf(c);
                    Mention m = s.mention();
                    if (m == null || m.kind() == Mention.Kind.PRONOUN || !onlySubjectBetween(c, end - 1, m, ctx)) {
                        return Optional.empty();
                    }
                    return answer(name(), 0.85, c, s, c, site, ctx, trace);
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

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            for (int k = ctx.view.sentenceStart(site.sentence(ctx.view)); k < site.afterEnd(); k++) {
                int end = ctx.view.quoted(k) ? -1 : accordingToEnd(k, ctx);
                if (end > k) {
                    Mention m = source(k, end, ctx);
                    if (m != null) {
                        return answer(name(), 0.85, k, new Subject(m, false), k, site, ctx, trace);
                    }
                    trace.drop(site, name(), noSource(k, end, ctx));
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

        public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
            if (indirect(site)) {
                return Optional.empty();
            }
            int end = ctx.view.sentenceEnd(ctx.view.sentence(site.last()));
            for (int c = site.last() + 1; c < end; c++) {
                if (ctx.isCue(c)) {
                    Subject s = ctx.subjectOf(c);
                    if (s.mention() != null) {
                        return answer(name(), 0.75, c, s, c, site, ctx, trace);
                    }
                    trace.drop(site, name(), "cue '" + ctx.view.word(c) + "' has no written subject");
                }
            }
            return Optional.empty();
        }
    }
}
