package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.api.Document;
import io.newsextract.api.Pledge;
import io.newsextract.api.Quote;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Span;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.reading.SubjectFinder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a hit into a pledge: its evidence (the trigger's clause without edge punctuation), actors, action, sectors and
 * timeframe of the sentence part, the money it commits (in the evidence, else elsewhere in the sentence part),
 * negation, and the quote it stands in or cites. One builder per document.
 */
final class PledgeBuilder {

    /** How many tokens before a trigger a negation ("did not commit", "non si è impegnato") may stand. */
    private static final int NEGATION_REACH = 3;
    private static final double NEGATED_CONFIDENCE_FACTOR = 0.8;
    /** Characters between a quote's end and a speech-verb trigger that still make it the verb's quote ("», ha "). */
    private static final int CITED_QUOTE_GAP = 16;
    private static final Set<String> EDGE_PUNCTUATION = Set.of(",", ";", ":", ".", "!", "?", "“", "”", "«", "»", "\"",
            "'", "‘", "’", "—", "–", "-", "--", "(", ")", "[", "]", "`", "``", "''", "...", "…");

    private final Document doc;
    private final LanguageRules lang;
    private final ActorResolver actors;
    private final SubjectFinder subjects;

    /** {@code subjects}: the subject finder over the document's reading. */
    PledgeBuilder(Document doc, LanguageRules lang, SubjectFinder subjects) {
        this.doc = doc;
        this.lang = lang;
        this.subjects = subjects;
        this.actors = new ActorResolver(doc, lang.lexicon(), lang.countries());
    }

    /** The pledge of hit {@code h}, the {@code n}th of the document; {@code previous} are the last pledge's actors. */
    Pledge build(Hit h, List<Pledge.Actor> previous, int n) {
        List<SurfaceToken> t = h.tokens();
        int[] span = trimmed(t, h.clauseStart(), h.clauseEnd());
        int start = t.get(span[0]).start();
        int end = t.get(span[1] - 1).end();
        SurfaceToken trig = h.trigger();
        Quote quote = quoteAt(trig.span());
        Quote cited = quote == null && lang.lexicon().in("speech", trig) ? quoteJustBefore(t.get(h.clauseStart()), trig)
                : null;
        List<Pledge.Actor> who = cited == null ? List.of() : actors.speakerOf(cited);
        if (who.isEmpty()) {
            who = actors.resolve(t, h.clauseStart(), h.match().start(), quote, previous,
                    ActorSubject.of(subjects, h.sentence()));
        }
        Span part = new Span(t.get(h.clauseStart()).start(), t.get(h.partEnd() - 1).end());
        boolean negated = negated(h);
        Integer year = doc.metadata().published() == null ? null : doc.metadata().published().getYear();
        return new Pledge("p" + n, doc.text().substring(start, end), start, end,
                who,
                TextSpan.of(doc.text(), trig.span()), action(h), h.rule().strength().id(),
                sectorsIn(part), lang.timeframes().find(doc.text(), part.start(), part.end(), year).orElse(null),
                amount(new Span(start, end), part), negated, quote != null ? quote.id() : cited == null ? null : cited.id(), h.rule().name(),
                h.rule().confidence() * (negated ? NEGATED_CONFIDENCE_FACTOR : 1.0));
    }

    /** Token range [from, to) without stops and quote marks at either edge ("$" and "%" stay). */
    private static int[] trimmed(List<SurfaceToken> t, int from, int to) {
        int a = from;
        int b = to;
        while (a < b - 1 && EDGE_PUNCTUATION.contains(t.get(a).surface())) {
            a++;
        }
        while (b > a + 1 && EDGE_PUNCTUATION.contains(t.get(b - 1).surface())) {
            b--;
        }
        return new int[]{a, b};
    }

    /** The committed content: the clause after the trigger, or after the pattern when it ends on "to", "di", "that". */
    private String action(Hit h) {
        List<SurfaceToken> t = h.tokens();
        int from = h.match().trigger() + 1;
        if (h.match().end() < h.clauseEnd() && lang.lexicon().tagged(PosClass.ADPOSITION, t.get(h.match().end() - 1))) {
            from = h.match().end();
        }
        if (from >= h.clauseEnd()) {
            return null;
        }
        int[] span = trimmed(t, from, h.clauseEnd());
        if (span[1] - span[0] == 1 && EDGE_PUNCTUATION.contains(t.get(span[0]).surface())) {
            return null;
        }
        return doc.text().substring(t.get(span[0]).start(), t.get(span[1] - 1).end());
    }

    /** The money named in the evidence, else in the rest of its sentence part, as timeframes are looked for. */
    private Pledge.Amount amount(Span evidence, Span part) {
        return lang.amounts().find(doc.text(), evidence.start(), evidence.end())
                .or(() -> lang.amounts().find(doc.text(), part.start(), part.end()))
                .orElse(null);
    }

    private boolean negated(Hit h) {
        int trigger = h.match().trigger();
        for (int k = Math.max(h.clauseStart(), trigger - NEGATION_REACH); k < trigger; k++) {
            if (lang.lexicon().in("negation", h.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }

    private List<String> sectorsIn(Span part) {
        Set<String> ids = new LinkedHashSet<>();
        for (SectorHit s : doc.sectors()) {
            for (TextSpan m : s.mentions()) {
                if (part.contains(m.span())) {
                    ids.add(s.id());
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The quote that ends right before a speech-verb trigger inside its clause ("«Nel 2027 apriremo…», ha promesso il
     * presidente", "“We will…,” she pledged"): its words are what was pledged, and its speaker pledged them.
     */
    private Quote quoteJustBefore(SurfaceToken clauseStart, SurfaceToken trigger) {
        for (Quote q : doc.quotes()) {
            if (q.start() >= clauseStart.start() && q.end() <= trigger.start()
                    && trigger.start() - q.end() <= CITED_QUOTE_GAP) {
                return q;
            }
        }
        return null;
    }

    private Quote quoteAt(Span trigger) {
        for (Quote q : doc.quotes()) {
            if (q.span().contains(trigger)) {
                return q;
            }
        }
        return null;
    }
}
