package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.List;
import java.util.Optional;

/**
 * The named vetoes a rule's match must pass to become a pledge, in the order they are asked. Each says why a match is
 * no commitment ("prices will rise", "if elected ... would", "promised ... but never delivered"); the first that
 * applies names the decision in the debug trace.
 */
final class Vetoes {

    /** How many tokens before a trigger a forecast word or a pluperfect auxiliary may stand. */
    static final int REACH = 3;

    /** A rule's match in a sentence's surface tokens, with the start of its clause and the sentence's subjects. */
    record Candidate(Rule rule, TokenPattern.Match match, List<SurfaceToken> tokens, int clauseStart,
                     ActorSubject subject) {
    }

    /** A named reason to drop a candidate; {@code why} is the trace's note. */
    record Veto(String name, String why, Test test) {
    }

    @FunctionalInterface
    interface Test {
        boolean applies(Candidate c, LanguageRules lang);
    }

    /** The vetoes, in the order they are asked. */
    static final List<Veto> ALL = List.of(
            new Veto("forecast", "in the complement of a forecast word (expect, hope, auspicio)", Vetoes::forecast),
            new Veto("not-asserted", "in a condition or an open question (if, whether, how, se)",
                    (c, lang) -> notAsserted(lang.lexicon(), c.tokens(), c.clauseStart(), c.match().start())),
            new Veto("undone", "the sentence part says it was broken or dropped",
                    (c, lang) -> undone(lang.lexicon(), c)),
            new Veto("unreported", "the rule needs reported speech and the sentence has no speech verb",
                    (c, lang) -> c.rule().needsReport() && !reportsSpeech(lang.lexicon(), c)),
            new Veto("scheduled", "a day, an hour or an event and no amount: a schedule",
                    (c, lang) -> c.rule().unscheduled() && scheduled(lang.lexicon(), c)),
            new Veto("former-actor", "the subject is dated to the past (previous, allora)",
                    (c, lang) -> formerActor(lang.lexicon(), c.tokens(), c.clauseStart(), c.match().trigger())),
            new Veto("pluperfect", "a past before the article's past, outside reported speech",
                    (c, lang) -> pastOfThePast(lang.lexicon(), c.tokens(), c.clauseStart(), c.match().trigger())),
            new Veto("conditional", "the consequence of a condition that opens the sentence part",
                    (c, lang) -> conditionalPart(lang.lexicon(), c.tokens(), c.clauseStart())),
            new Veto("no-actor", "the rule needs an actor and the clause's subject is none",
                    (c, lang) -> c.rule().needsActor() && !c.subject().isActor(lang.lexicon(),
                            lang.countries(), c.tokens(), c.clauseStart(), c.match().start())));

    /** Tokens of an opening condition, its word included, short enough to be a pledge's frame ("If re-elected"). */
    private static final int SHORT_CONDITION = 3;

    private Vetoes() {
    }

    /** The first veto that applies to the candidate, if any. */
    static Optional<Veto> first(Candidate c, LanguageRules lang) {
        return ALL.stream().filter(v -> v.test().applies(c, lang)).findFirst();
    }

    /** Not inside a forecast ("expects that Lee would accept", "is expected to sign"). */
    private static boolean forecast(Candidate c, LanguageRules lang) {
        CommitmentLexicon lex = lang.lexicon();
        List<SurfaceToken> tokens = c.tokens();
        int start = c.clauseStart();
        for (int k = Math.max(0, c.match().start() - REACH); k < c.match().start(); k++) {
            if (lex.in("forecast-frame", tokens.get(k))) {
                return true;
            }
        }
        if (start > 0 && lex.in("clause-start", tokens.get(start - 1))) {
            for (int k = Math.max(0, start - 4); k < start - 1; k++) {
                if (lex.in("forecast-frame", tokens.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause is a condition or an open question ("if ... would", "failed to say how he would pay"). */
    private static boolean notAsserted(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, int trigger) {
        for (int k = Math.max(0, start - 1); k < trigger; k++) {
            if (lex.in("not-asserted", tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause, up to the first comma after the match, names a day, an hour or an event and no amount: a
     * schedule ("will address the Press Club on Tuesday", "discuterà il piano martedì"), not a commitment.
     */
    private static boolean scheduled(CommitmentLexicon lex, Candidate c) {
        List<SurfaceToken> tokens = c.tokens();
        int end = c.match().end();
        int partEnd = Clauses.partEnd(tokens, c.match().trigger());
        while (end < partEnd && !tokens.get(end).surface().equals(",")) {
            end++;
        }
        boolean dated = false;
        for (int k = c.clauseStart(); k < end; k++) {
            if (lex.in("amount", tokens.get(k))) {
                return false;
            }
            if (k > 0 && lex.in("deadline", tokens.get(k - 1))) {
                continue;
            }
            for (TokenPattern p : lex.schedules()) {
                int stop = end;
                dated |= p.matchAt(tokens, k).filter(d -> d.end() <= stop).isPresent();
            }
        }
        return dated;
    }

    /**
     * Whether the subject is dated to the past by a word before a noun ("the previous government pledged", "l'allora
     * giunta aveva promesso"): a record of an old promise, not a commitment now.
     */
    private static boolean formerActor(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, int trigger) {
        for (int k = start; k < trigger - 1; k++) {
            if (lex.in("former", tokens.get(k)) && (lex.tagged(PosClass.NOMINAL, tokens.get(k + 1))
                    || k + 2 < trigger && lex.tagged(PosClass.NOMINAL, tokens.get(k + 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is a pluperfect ("had promised", "aveva promesso") outside reported speech: a past before the
     * article's past. In reported speech ("said the sides had agreed to") it is only the backshift of a present one.
     */
    private static boolean pastOfThePast(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, int trigger) {
        for (int k = trigger - 1; k >= start && k >= trigger - REACH; k--) {
            if (lex.in("pluperfect", tokens.get(k))) {
                return !speechBetween(lex, tokens, 0, k, -1, -1);
            }
        }
        return false;
    }

    /** Whether a speech verb stands in tokens [from, to) outside [skipFrom, skipTo). */
    private static boolean speechBetween(CommitmentLexicon lex, List<SurfaceToken> tokens, int from, int to,
                                         int skipFrom, int skipTo) {
        for (int k = from; k < to; k++) {
            if ((k < skipFrom || k >= skipTo) && lex.in("speech", tokens.get(k)) && lex.tagged(PosClass.VERB, tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause is the consequence of a condition that opens its sentence part ("If the market does not come,
     * we will not pour money", "Se la Commissione boccia il piano, il governo dovrà"). A short condition is a campaign
     * pledge's frame and still counts ("If elected, we will", "Se eletti, faremo").
     */
    private static boolean conditionalPart(CommitmentLexicon lex, List<SurfaceToken> tokens, int start) {
        int first = 0;
        for (int k = start - 1; k > 0; k--) {
            if (tokens.get(k).surface().equals(";")) {
                first = k + 1;
                break;
            }
        }
        while (first < start && tokens.get(first).isPunctuation()) {
            first++;
        }
        if (first >= start || !lex.in("not-asserted", tokens.get(first))) {
            return false;
        }
        int comma = first;
        while (comma < start && !tokens.get(comma).surface().equals(",")) {
            comma++;
        }
        return comma < start && comma - first > SHORT_CONDITION;
    }

    /** Whether the sentence part goes on to say the commitment was broken or dropped ("but never delivered it"). */
    private static boolean undone(CommitmentLexicon lex, Candidate c) {
        int partEnd = Clauses.partEnd(c.tokens(), c.match().trigger());
        for (int k = c.match().end(); k < partEnd; k++) {
            for (TokenPattern p : lex.undone()) {
                if (p.matchAt(c.tokens(), k).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a speech verb other than the match itself stands in the sentence ("..., Pierre Poilievre said"). */
    private static boolean reportsSpeech(CommitmentLexicon lex, Candidate c) {
        return speechBetween(lex, c.tokens(), 0, c.tokens().size(), c.match().start(), c.match().end());
    }
}
