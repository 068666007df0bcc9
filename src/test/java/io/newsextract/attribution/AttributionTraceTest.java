package io.newsextract.attribution;

import io.newsextract.api.Decision;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The debug trace: each answer under the quote's method, each candidate a rule rejected with the reason. */
class AttributionTraceTest {

    @Test
    void answersAndRejectedCandidates() {
        Document d = Attributed.annotate("en", """
                “/`` [d The/DT plan/NN is/VBZ dead/JJ ] ,/, ”/'' Ruth/NNP/PERSON Delaney/NNP/PERSON ,/, \
                a/DT former/JJ minister/NN ,/, told/VBD reporters/NNS ./.
                “/`` [d It/PRP is/VBZ over/RB ] ,/, ”/'' saying/VBG so/RB ./.""");
        assertEquals("""
                MADE quote-name-cue 'The plan is dead' (Ruth Delaney)
                DROPPED quote-cue-name 'It is over' (cue 'saying' is not finite)
                DROPPED sentence-cue 'It is over' (cue 'saying' has no written subject)
                MADE same-paragraph 'It is over' (Ruth Delaney)""", Attributed.trace(d));
        Decision first = d.trace().get(0);
        assertEquals("attribution [1,17)", first.stage() + " [" + first.start() + "," + first.end() + ")");
    }

    @Test
    void aPronounWithNobodyBeforeItIsDropped() {
        Document d = Attributed.annotate("en", """
                “/`` [d We/PRP are/VBP ready/JJ ] ,/, ”/'' he/PRP said/VBD ./.""");
        assertEquals("""
                DROPPED quote-name-cue 'We are ready' (no speaker for 'he')
                DROPPED sentence-cue 'We are ready' (no speaker for 'he')""", Attributed.trace(d));
        assertEquals("q1 'We are ready' <- -", Attributed.quotes(d));
    }
}
