package io.newsextract.commitment;

import io.newsextract.api.Decision;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;
import io.newsextract.reading.SubjectFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hits of one sentence: the rules of a language in file order, each match claiming its tokens unless a veto drops
 * it, and the first surviving match of each sentence part (up to a semicolon) giving that part's hit. Every vetoed
 * match is written to the trace.
 */
final class Candidates {

    private final LanguageRules lang;
    private final SubjectFinder subjects;
    private final String text;
    private final List<Decision> trace;

    /** {@code subjects}: the subject finder over the document's reading; vetoes are added to {@code trace}. */
    Candidates(LanguageRules lang, SubjectFinder subjects, List<Decision> trace) {
        this.lang = lang;
        this.subjects = subjects;
        this.text = subjects.reading().text();
        this.trace = trace;
    }

    /** A rule's match in a sentence and the veto that dropped it (null when none did). */
    record Considered(Rule rule, TokenPattern.Match match, String veto) {
    }

    /** The hits of a sentence and every match its rules made on the way, vetoed or not (the pledge model's features). */
    record Found(List<Hit> hits, List<Considered> considered) {
    }

    /** The leading hit of each sentence part; a question has none. */
    List<Hit> of(Sentence sentence, List<SurfaceToken> tokens) {
        return find(sentence, tokens).hits();
    }

    /** The leading hit of each sentence part and the matches considered; a question has none. */
    Found find(Sentence sentence, List<SurfaceToken> tokens) {
        List<Considered> considered = new ArrayList<>();
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).surface().equals("?")) {
            return new Found(List.of(), considered);
        }
        boolean[] claimed = new boolean[tokens.size()];
        ActorSubject subject = ActorSubject.of(subjects, sentence.index());
        Map<Integer, Hit> byPart = new TreeMap<>();
        for (Rule rule : lang.lexicon().rules()) {
            for (TokenPattern.Match m : rule.pattern().findAll(tokens)) {
                if (anyClaimed(claimed, m)) {
                    continue;
                }
                Optional<Vetoes.Veto> veto = veto(rule, m, tokens, subject);
                considered.add(new Considered(rule, m, veto.map(Vetoes.Veto::name).orElse(null)));
                if (veto.isPresent()) {
                    continue;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    claimed[k] = true;
                }
                int part = Clauses.part(tokens, m.trigger());
                if (!byPart.containsKey(part)) {
                    int start = lang.clauses().start(tokens, m.start());
                    int partEnd = Clauses.partEnd(tokens, m.trigger());
                    int end = lang.clauses().end(tokens, m.trigger(), m.end(), partEnd);
                    byPart.put(part, new Hit(sentence.index(), tokens, rule, m, start, Math.max(end, m.end()),
                            partEnd));
                }
            }
        }
        return new Found(new ArrayList<>(byPart.values()), considered);
    }

    private Optional<Vetoes.Veto> veto(Rule rule, TokenPattern.Match m, List<SurfaceToken> tokens, ActorSubject subject) {
        Vetoes.Candidate c = new Vetoes.Candidate(rule, m, tokens, lang.clauses().start(tokens, m.start()), subject);
        Optional<Vetoes.Veto> veto = Vetoes.first(c, lang);
        veto.ifPresent(v -> trace.add(Decision.of(CommitmentStage.NAME, v.name(), Decision.Verdict.DROPPED, text,
                new Span(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end()), rule.name() + ": " + v.why())));
        return veto;
    }

    private static boolean anyClaimed(boolean[] claimed, TokenPattern.Match m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (claimed[k]) {
                return true;
            }
        }
        return false;
    }
}
