package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.attribution.AttributionContext.Subject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.newsextract.attribution.Rules.answer;
import static io.newsextract.attribution.Rules.indirect;

/**
 * “the operator,” as The New Yorker put it / in Lee's words, “a disgrace”: a frame of the language's
 * {@code source-frames.txt} in the quote's sentence, outside quotes, names the source in its slot — a mention, after
 * determiners and before up to {@value #HEAD_NOUNS} common nouns ("as a Homeland Security memo put it": the agency
 * whose memo it is). A frame that opens with its source ("* went on about") only names the source of the quotes
 * right after it. No speech verb is written, so the cue rules do not see it; a frame does not reach a quote past
 * another speech verb.
 */
final class SourceFrame implements AttributionRule {

    private static final String SLOT = "*";
    private static final int HEAD_NOUNS = 2;

    public String name() {
        return "source-frame";
    }

    public Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace) {
        ReadingView view = ctx.view;
        if (indirect(site) || view.lex.sourceFrames().isEmpty()) {
            return Optional.empty();
        }
        int sentence = site.sentence(view);
        int from = view.sentenceStart(sentence);
        int end = view.sentenceEnd(view.sentence(site.last()));
        for (int k = from; k < end; k++) {
            Mention m = ctx.mentionAt(k);
            if (m == null || m.from() != k || view.quoted(k) || m.type().equals("LOCATION")) {
                continue;
            }
            for (List<String> frame : view.lex.sourceFrames()) {
                int after = framed(frame, m, from, end, ctx);
                if (after >= 0 && (!frame.get(0).equals(SLOT) || leadsTo(after, site, view))
                        && !cueBetween(m.from(), after, site, ctx)) {
                    return answer(name(), 0.9, -1, new Subject(m, false), m.from(), site, ctx, trace);
                }
            }
            k = m.to() - 1;
        }
        return Optional.empty();
    }

    /**
     * "“It is wrong,” as Lee put it, but Barrett said, “It is right.”": a speech verb outside quotes between the frame
     * (words {@code from} to {@code after}) and the quote names that quote's own speaker, so the frame does not reach it.
     */
    private static boolean cueBetween(int from, int after, QuoteSite site, AttributionContext ctx) {
        return after <= site.first() ? ctx.cueBetween(after, site.first()) : ctx.cueBetween(site.last() + 1, from);
    }

    /**
     * "as Trump went on about “…” and “…”": a frame that opens with its source introduces the quotes right after it,
     * with nothing but other quotes, punctuation and conjunctions between.
     */
    private static boolean leadsTo(int after, QuoteSite site, ReadingView view) {
        for (int k = after; k < site.first(); k++) {
            if (!view.quoted(k) && !view.isPunct(k) && !view.hasTag(k, PosClass.LIST_JOINER)) {
                return false;
            }
        }
        return after <= site.first();
    }

    /**
     * The word after the frame when its words before the slot end right before the mention's determiners and its
     * words after the slot start right after the mention or its head nouns; else -1.
     */
    private static int framed(List<String> frame, Mention m, int from, int end, AttributionContext ctx) {
        ReadingView view = ctx.view;
        int slot = frame.indexOf(SLOT);
        int k = m.lead() - 1;
        while (k >= from && view.is(k, PosClass.DETERMINER)) {
            k--;
        }
        for (int w = slot - 1; w >= 0; w--, k--) {
            if (k < from || !same(view, k, frame.get(w))) {
                return -1;
            }
        }
        List<String> after = frame.subList(slot + 1, frame.size());
        int j = m.to();
        for (int nouns = 0; nouns <= HEAD_NOUNS && j <= end; nouns++, j++) {
            if (matchesAt(after, j, end, view)) {
                return j + after.size();
            }
            if (j >= end || !view.hasTag(j, PosClass.NOUN) || view.isCapitalized(j) || view.quoted(j)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<String> words, int j, int end, ReadingView view) {
        for (int w = 0; w < words.size(); w++) {
            if (j + w >= end || view.quoted(j + w) || !same(view, j + w, words.get(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(ReadingView view, int i, String word) {
        return view.word(i).toLowerCase(Locale.ROOT).replace('’', '\'').equals(word);
    }
}
