package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.SurfaceToken;

import java.util.List;

/** Whether the subject of a pledge's clause is an actor, and the head of that subject. */
final class ActorSubject {

    private ActorSubject() {
    }
    /**
     * Whether the subject before {@code trigger} (clause from {@code start}) is an actor: its head is a name, a
     * pronoun or an actor noun ("government", "paesi"), or a possessive marks it as an actor's ("our plan").
     */
    static boolean isActorSubject(CommitmentLexicon lexicon, Countries countries, List<SurfaceToken> tokens, int start,
                                  int trigger) {
        int head = subjectHead(lexicon, tokens, start, trigger);
        if (head < 0) {
            return lexicon.in("first-plural", tokens.get(trigger)) || lexicon.in("first-singular", tokens.get(trigger))
                    || reportedSpeech(lexicon, tokens, start, start);
        }
        SurfaceToken t = tokens.get(head);
        if (lexicon.in("referring-pronoun", t)) {
            return reportedSpeech(lexicon, tokens, start, head);
        }
        if (t.entity() || lexicon.tagged(PosClass.PROPER, t) || lexicon.in("actor", t) || countries.byName(t.surface()).isPresent()) {
            return true;
        }
        for (int k = head - 1; k >= start && !lexicon.tagged(PosClass.VERB, tokens.get(k)); k--) {
            if (lexicon.in("first-plural", tokens.get(k)) || lexicon.is(PosClass.POSSESSIVE, tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
    /**
     * Whether a speech verb stands just before {@code to} — in the clause, or right before the clause opens ("said it
     * would", "ha annunciato che ridurrà"): then an unnamed or pronoun subject is the speaker.
     */
    private static boolean reportedSpeech(CommitmentLexicon lexicon, List<SurfaceToken> tokens, int start, int to) {
        for (int k = Math.max(0, Math.min(start, to) - 4); k < to; k++) {
            if (lexicon.in("speech", tokens.get(k)) && lexicon.tagged(PosClass.VERB, tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
    /**
     * The head of the subject that ends right before the trigger (skipping adverbs and auxiliaries: "we are
     * investing", "ha firmato"): the last noun before it, or, when that noun sits in a prepositional phrase ("the
     * Minister for Health", "prices in Australia"), the noun the phrase hangs on. -1 when there is none.
     */
    static int subjectHead(CommitmentLexicon lexicon, List<SurfaceToken> tokens, int start, int trigger) {
        int i = trigger - 1;
        while (i >= start && (lexicon.tagged(PosClass.ADVERB, tokens.get(i)) || tokens.get(i).isPunctuation()
                || lexicon.in("auxiliary", tokens.get(i)) && !lexicon.in("actor", tokens.get(i)))) {
            i--;
        }
        if (i < start || lexicon.tagged(PosClass.VERB, tokens.get(i)) && !lexicon.tagged(PosClass.NOMINAL, tokens.get(i))) {
            return -1;
        }
        int head = i;
        for (int k = i - 1; k >= start; k--) {
            SurfaceToken t = tokens.get(k);
            if (lexicon.tagged(PosClass.VERB, t)) {
                break;
            }
            if (lexicon.tagged(PosClass.ADPOSITION, t) && k - 1 >= start && lexicon.tagged(PosClass.NOMINAL, tokens.get(k - 1))) {
                head = k - 1;
            }
        }
        return head;
    }
}
