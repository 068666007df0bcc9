package io.newsextract.attribution;

import io.newsextract.attribution.AttributionContext.Subject;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may have said a quote, each with the features the speaker model ranks on: the mentions in a window of sentences
 * around it (names, nominals, pronouns, groups, resolved to their speaker) and the speakers the rules would give it
 * when no mention in the window names them. The rules are features here, not verdicts: "quote-name-cue would pick
 * this candidate". Every feature is language-independent — positions, mention kinds, entity types, rule names, the
 * speech verbs the language's word lists know — so a model trained on English serves Italian. The same code computes
 * the features at training and at run time.
 */
final class SpeakerCandidates {

    /** One candidate: its mention (null when only a rule's answer proposes it), its speaker, its features. */
    record Candidate(Mention mention, Cluster speaker, List<String> features) {
    }

    /** A rule's answer for the quote. */
    record RuleAnswer(String rule, Attribution attribution) {
    }

    private static final int SENTENCES_BEFORE = 2;
    private static final int SENTENCES_AFTER = 1;

    private final AttributionContext ctx;
    private final List<AttributionRule> rules;
    private final Cluster mostMentioned;
    private final Map<Mention, Optional<Cluster>> resolved = new IdentityHashMap<>();

    SpeakerCandidates(AttributionContext ctx, List<AttributionRule> rules) {
        this.ctx = ctx;
        this.rules = rules;
        this.mostMentioned = ctx.mostMentionedPerson().orElse(null);
    }

    /** The speaker a mention stands for (a pronoun: the speaker before it), looked up once per document. */
    private Optional<Cluster> speakerOf(Mention m) {
        return resolved.computeIfAbsent(m, x -> ctx.resolve(new Subject(x, false), x.from())
                .map(AttributionContext.Resolved::speaker));
    }

    /** What each rule would answer for the quote now, in the rules' order. */
    List<RuleAnswer> answers(QuoteSite site, Trace trace) {
        List<RuleAnswer> out = new ArrayList<>();
        Trace silent = trace.silent();
        for (AttributionRule r : rules) {
            r.attribute(site, ctx, silent).ifPresent(a -> out.add(new RuleAnswer(r.name(), a)));
        }
        return out;
    }

    /**
     * The candidates for the quote at {@code site}; {@code ruled} is the speaker the ordered rules gave it (or null),
     * {@code previous} the speaker of the direct quote before it (or null).
     */
    List<Candidate> of(QuoteSite site, List<RuleAnswer> answers, Cluster ruled, Cluster previous) {
        ReadingView view = ctx.view;
        int s0 = view.sentence(site.first());
        int s1 = view.sentence(Math.min(site.last(), view.size() - 1));
        int from = view.sentenceStart(Math.max(0, s0 - SENTENCES_BEFORE));
        int to = view.sentenceEnd(Math.min(view.sentenceCount() - 1, s1 + SENTENCES_AFTER));
        Map<Mention, Integer> cueSubject = cueSubjects(from, to, s0, s1);
        List<Candidate> out = new ArrayList<>();
        int[] rankBefore = {0};
        List<Mention> window = new ArrayList<>();
        for (Mention m : ctx.mentions) {
            if (m.from() >= from && m.to() <= to && !view.quoted(m.from())
                    && (m.to() <= site.first() || m.from() > site.last())) {
                window.add(m);
            }
        }
        int before = (int) window.stream().filter(m -> m.to() <= site.first()).count();
        int after = 0;
        for (Mention m : window) {
            Optional<Cluster> c = speakerOf(m);
            boolean isBefore = m.to() <= site.first();
            int rank = isBefore ? before - rankBefore[0]++ : ++after;
            if (c.isEmpty()) {
                continue;
            }
            List<String> f = new ArrayList<>();
            mentionFeatures(f, m, site, isBefore, rank, cueSubject.get(m));
            speakerFeatures(f, c.get(), answers, ruled, previous, site);
            out.add(new Candidate(m, c.get(), List.copyOf(f)));
        }
        for (RuleAnswer a : answers) {
            Cluster c = a.attribution().speaker();
            if (out.stream().noneMatch(x -> x.speaker() == c)) {
                List<String> f = new ArrayList<>();
                f.add("k=NONE");
                f.add("t=" + c.type);
                speakerFeatures(f, c, answers, ruled, previous, site);
                out.add(new Candidate(null, c, List.copyOf(f)));
            }
        }
        return out;
    }

    /**
     * The mentions that are the subject of a speech verb in words [from, to): 2 when the verb is in the quote's own
     * sentences, 1 elsewhere.
     */
    private Map<Mention, Integer> cueSubjects(int from, int to, int s0, int s1) {
        Map<Mention, Integer> out = new IdentityHashMap<>();
        for (int c = from; c < to; c++) {
            if (ctx.isCue(c)) {
                Mention m = ctx.subjectOf(c).mention();
                int s = ctx.view.sentence(c);
                if (m != null) {
                    out.merge(m, s >= s0 && s <= s1 ? 2 : 1, Math::max);
                }
            }
        }
        return out;
    }

    private void mentionFeatures(List<String> f, Mention m, QuoteSite site, boolean before, int rank, Integer cue) {
        ReadingView view = ctx.view;
        String dir = before ? "B" : "A";
        int words = before ? site.first() - m.to() : m.from() - site.last() - 1;
        int ds = view.sentence(m.from()) - view.sentence(before ? site.first() : site.last());
        String k = m.kind().name();
        f.add("k=" + k);
        f.add("t=" + m.type());
        f.add("kt=" + k + "_" + m.type());
        f.add("dir=" + dir);
        f.add("dw=" + dir + bucket(words));
        f.add("dwk=" + dir + bucket(words) + k);
        f.add("ds=" + Math.max(-3, Math.min(2, ds)));
        f.add("rank=" + dir + Math.min(rank, 4));
        f.add("rankk=" + dir + Math.min(rank, 4) + k);
        f.add(view.paragraph(m.from()) == site.paragraph() ? "samePar" : "otherPar");
        f.add("cue=" + (cue == null ? 0 : cue));
        f.add("cuek=" + (cue == null ? 0 : cue) + k + dir);
        if (ctx.mainSubject(view.sentence(m.from())) == m) {
            f.add("mainSubj");
            f.add("mainSubjDs=" + Math.max(-3, Math.min(2, ds)));
        }
        if (m.to() < view.size() && view.word(m.to()).equals(":")) {
            f.add("colonAfter");
        }
        if (afterAccordingTo(m)) {
            f.add("accordingTo");
        }
        if (m.role() != null) {
            f.add("hasRole");
        }
    }

    /** "according to Lee", "secondo il ministro": an according-to phrase ends right before the mention. */
    private boolean afterAccordingTo(Mention m) {
        for (int k = Math.max(0, m.from() - 4); k < m.from(); k++) {
            if (ctx.view.accordingToAt(k) == m.from()) {
                return true;
            }
        }
        return false;
    }

    private void speakerFeatures(List<String> f, Cluster c, List<RuleAnswer> answers, Cluster ruled, Cluster previous,
                                 QuoteSite site) {
        String qk = site.quote().kind();
        int n = 0;
        for (RuleAnswer a : answers) {
            if (a.attribution().speaker() == c) {
                f.add("r=" + a.rule());
                f.add("rq=" + a.rule() + "_" + qk);
                if (n == 0) {
                    f.add("firstRule=" + a.rule());
                }
                n++;
            }
        }
        f.add("nr=" + Math.min(n, 4));
        if (c == ruled) {
            f.add("ruled");
        }
        if (c == previous) {
            f.add("previous");
        }
        f.add("ct=" + c.type);
        f.add("mc=" + bucket(c.mentions.size()));
        if (mostMentioned == c) {
            f.add("mostMentioned");
        }
        f.add(site.opensParagraph() ? "qOpens" : "qInside");
    }

    private static String bucket(int n) {
        if (n <= 2) {
            return Integer.toString(Math.max(n, 0));
        }
        return n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+";
    }
}
