package io.newsextract.attribution;

import io.newsextract.attribution.AttributionContext.Resolved;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.List;
import java.util.Optional;

/**
 * The attribution rules, in the order the stage tries them: the surest patterns of news writing first (a speech verb
 * and its subject right next to the quote, {@link CueRules}; a label or group phrase, {@link LabelRules}), then wider
 * context (another quote's speaker, {@link BorrowingRules}; questions and answers, {@link TurnRules}; the nearest
 * name, {@link ProximityRules}). Each rule has a unique name, which starts the {@code method} of the quotes it
 * attributes; a speaker reached through a pronoun, a dropped subject or a group says so after a slash
 * ("quote-cue-name/prodrop"), and its confidence is lowered.
 */
final class Rules {

    private Rules() {
    }

    /**
     * Rules that read the quote's own sentence (cue-ends-sentence-before: the one before it; inside-reported: the
     * reported speech around it); the stage runs them over every quote first.
     */
    static List<AttributionRule> local() {
        return List.of(new CueRules.ReportedAccordingTo(), new CueRules.ReportedCue(), new SourceFrame(),
                new BorrowingRules.InsideReported(), new CueRules.QuoteCueName(), new CueRules.QuoteNameCue(),
                new CueRules.InsertedCue(), new CueRules.NameCueQuote(), new CueRules.AccordingTo(),
                new CueRules.CueLaterInSentence(), new LabelRules.GroupInSentence(), new LabelRules.ColonLabel(),
                new LabelRules.DashByline(), new LabelRules.BracketByline(), new LabelRules.RespectiveList(),
                new LabelRules.LabelAfter(), new CueRules.CueEndsSentenceBefore());
    }

    /** Rules that borrow another quote's speaker or look further back; run second, on the quotes still open. */
    static List<AttributionRule> contextual() {
        return List.of(new BorrowingRules.SameSentence(), new BorrowingRules.ContinuedLater(),
                new BorrowingRules.ParagraphContinuation(), new BorrowingRules.SameParagraph(),
                new TurnRules.InterviewAnswer(), new ProximityRules.NearestMention(), new TurnRules.AlternatingTurns(),
                new ProximityRules.RecentSpeaker());
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

    /**
     * {@code rule}'s answer: the speaker {@code subject} resolves to (looked up before word {@code at}), anchored on
     * the speech verb {@code cue} (-1 if none); a subject that resolves to no speaker is dropped in the trace.
     */
    static Optional<Attribution> answer(String rule, double confidence, int cue, Subject subject, int at,
                                        QuoteSite site, AttributionContext ctx, Trace trace) {
        Optional<Attribution> a = result(rule, confidence, cue, ctx.resolve(subject, at));
        if (a.isEmpty()) {
            Mention m = subject.mention();
            trace.drop(site, rule, m != null ? "no speaker for '" + text(ctx, m.from(), m.to()) + "'"
                    : subject.dropped() ? "no earlier speaker for the dropped subject" : "no subject");
        }
        return a;
    }

    /** The first word after the quote that is not punctuation, an auxiliary or an adverb. */
    static int firstWordAfter(QuoteSite site, AttributionContext ctx) {
        int i = site.last() + 1;
        while (i < site.afterEnd() && (ctx.view.isPunct(i) || ctx.view.isSkippable(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the words strictly between the speech verb {@code cue} and word {@code to} are only its subject,
     * punctuation, adverbs or capitalised words: "Schiff said Tuesday.", "said Mr. Barrett, “…”", "told CNN.".
     */
    static boolean onlySubjectBetween(int cue, int to, Mention subject, AttributionContext ctx) {
        for (int k = cue + 1; k < to; k++) {
            boolean inSubject = k >= subject.from() && k < subject.to();
            if (!inSubject && !ctx.view.isPunct(k) && !ctx.view.isSkippable(k) && !ctx.view.isCapitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /** The original text of words [from, to), for trace notes. */
    static String text(AttributionContext ctx, int from, int to) {
        return ctx.view.span(from, to).of(ctx.view.text);
    }
}
