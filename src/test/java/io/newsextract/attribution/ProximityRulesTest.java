package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The last resorts: the nearest name in the sentence, then whoever spoke or was the subject last. */
class ProximityRulesTest {

    @Test
    void nearestMention() {
        assertEquals("q1 'a betrayal of the voters' <- Ruth Delaney [nearest-mention]", quotes("en", """
                For/IN Ruth/NNP/PERSON Delaney/NNP/PERSON ,/, the/DT plan/NN is/VBZ “/`` [p a/DT betrayal/NN of/IN \
                the/DT voters/NNS ] ./. ”/''"""));
    }

    @Test
    void nearestMentionPassesOverWhatTheQuoteDescribes() {
        assertEquals("q1 'spoiled brat' <- Harry Reid [nearest-mention]", quotes("en", """
                Harry/NNP/PERSON Reid/NNP/PERSON has/VBZ gone/VBN after/IN Donald/NNP/PERSON Trump/NNP/PERSON \
                as/IN a/DT “/`` [p spoiled/JJ brat/NN ] ./. ”/''"""));
    }

    @Test
    void recentSpeaker() {
        assertEquals("q1 'The plan is dead.' <- Ruth Delaney [recent-speaker]", quotes("en", """
                Ruth/NNP/PERSON Delaney/NNP/PERSON met/VBD the/DT press/NN on/IN Monday/NNP ./.
                “/`` [d The/DT plan/NN is/VBZ dead/JJ ./. ] ”/''"""));
    }

    @Test
    void noSpeakerAtAll() {
        assertEquals("q1 'The plan is dead.' <- -", quotes("en", """
                “/`` [d The/DT plan/NN is/VBZ dead/JJ ./. ] ”/''"""));
    }
}
