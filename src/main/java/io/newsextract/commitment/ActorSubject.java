package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.api.Reading;
import io.newsextract.api.SubjectSlot;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.reading.SubjectFinder;

import java.util.List;

/**
 * Whether the subject of a pledge's clause is an actor, and the head of that subject, from where the shared
 * {@link SubjectFinder} says the subject stands. The sentence's surface token {@code k} is word {@code offset + k} of
 * the reading (both group a sentence's tokens into words the same way).
 */
record ActorSubject(SubjectFinder finder, int offset) {

    /** The subjects of sentence {@code sentence} of the finder's reading. */
    static ActorSubject of(SubjectFinder finder, int sentence) {
        return new ActorSubject(finder, finder.reading().sentenceStart(sentence));
    }

    /**
     * Whether the subject before {@code trigger} (clause from {@code start}) is an actor: its head is a name, a
     * pronoun or an actor noun ("government", "paesi"), or a possessive marks it as an actor's ("our plan").
     */
    boolean isActor(CommitmentLexicon lexicon, Countries countries, List<SurfaceToken> tokens, int start, int trigger) {
        int head = head(start, trigger);
        if (head < 0) {
            return lexicon.in("first-plural", tokens.get(trigger)) || lexicon.in("first-singular", tokens.get(trigger))
                    || reportedSpeech(lexicon, tokens, start, start);
        }
        SurfaceToken t = tokens.get(head);
        if (lexicon.in("referring-pronoun", t)) {
            return reportedSpeech(lexicon, tokens, start, head);
        }
        if (t.entity() || lexicon.tagged(PosClass.PROPER, t) || lexicon.in("actor", t)
                || countries.byName(t.surface()).isPresent()) {
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
     * The head of the subject that ends right before the trigger (past adverbs and auxiliaries, "we are investing",
     * "ha firmato", and an insertion between commas, "the minister, Lee, will"): the last noun before it, or the noun a
     * prepositional phrase after it hangs on ("the Minister for Health"; see {@link SubjectFinder#head}). A token index
     * of the sentence, or -1 when the clause has no written subject before the trigger.
     */
    int head(int start, int trigger) {
        int from = offset + start;
        SubjectSlot slot = finder.before(offset + trigger, from);
        if (slot.kind() != SubjectSlot.Kind.WORD) {
            return -1;
        }
        Reading reading = finder.reading();
        int end = slot.word();
        if (reading.surface(end).equals(",")) {
            end = finder.insertionStart(end, from) - 1;
        }
        if (end < from || reading.isPunct(end)) {
            return -1;
        }
        int head = finder.head(end, from);
        return head < 0 ? -1 : head - offset;
    }
}
