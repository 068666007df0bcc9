package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A frame with no speech verb of its own names a quote's source: "as X put it", "X went on about". */
class SourceFrameTest {

    @Test
    void asANounPhrasePutItNamesTheOwnerOfItsHeadNoun() {
        assertEquals("q1 'lawful source of income' <- Homeland Security [source-frame]", quotes("en", """
                The/DT rule/NN asks/VBZ for/IN a/DT “/`` [p lawful/JJ source/NN of/IN income/NN ] ,/, ”/'' as/IN \
                a/DT Homeland/NNP/ORGANIZATION Security/NNP/ORGANIZATION memo/NN put/VBD it/PRP ./."""));
    }

    @Test
    void aFrameOpenedByItsSourceNamesTheQuotesRightAfterIt() {
        assertEquals("""
                q1 'the rigged system' <- Ann Lee [source-frame]
                q2 'struggling families' <- Ann Lee [source-frame]""", quotes("en", """
                As/IN Ann/NNP/PERSON Lee/NNP/PERSON went/VBD on/RP about/IN “/`` [p the/DT rigged/JJ system/NN ] \
                ”/'' and/CC “/`` [p struggling/JJ families/NNS ] ,/, ”/'' Tom/NNP/PERSON Barrett/NNP/PERSON \
                said/VBD yes/UH ./."""));
    }

    @Test
    void aFrameOpenedByItsSourceDoesNotReachAQuoteFurtherOn() {
        assertEquals("q1 'a disgrace' <- Tom Barrett [name-cue-quote]", quotes("en", """
                Ann/NNP/PERSON Lee/NNP/PERSON talked/VBD about/IN taxes/NNS ,/, and/CC Tom/NNP/PERSON \
                Barrett/NNP/PERSON called/VBD it/PRP “/`` [p a/DT disgrace/NN ] ./. ”/''"""));
    }

    @Test
    void aFrameDoesNotTakeAQuoteWithASpeechVerbBetween() {
        assertEquals("""
                q1 'It is wrong' <- Ann Lee [source-frame]
                q2 'It is right' <- Tom Barrett [name-cue-quote]""", quotes("en", """
                “/`` [d It/PRP is/VBZ wrong/JJ ] ,/, ”/'' as/IN Ann/NNP/PERSON Lee/NNP/PERSON put/VBD it/PRP ,/, \
                but/CC Tom/NNP/PERSON Barrett/NNP/PERSON said/VBD ,/, “/`` [d It/PRP is/VBZ right/JJ ] ./. ”/''"""));
    }

    @Test
    void aFrameDoesNotTakeAQuoteAfterAnotherSpeakersCue() {
        assertEquals("q1 'nonsense' <- Tom Barrett [name-cue-quote]", quotes("en", """
                As/IN Ann/NNP/PERSON Lee/NNP/PERSON put/VBD it/PRP ,/, the/DT deal/NN is/VBZ dead/JJ ;/: \
                Tom/NNP/PERSON Barrett/NNP/PERSON replied/VBD “/`` [p nonsense/NN ] ./. ”/''"""));
    }
}
