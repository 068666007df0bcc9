package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A quote that takes the speaker of another: the reported speech around it, its sentence, its paragraph. */
class BorrowingRulesTest {

    @Test
    void insideReported() {
        assertEquals("""
                q1 'the administration was “making it up as it goes along.”' <- Mary Jones [reported-cue]
                q2 'making it up as it goes along' <- Mary Jones [inside-reported]""", quotes("en", """
                Senator/NNP Mary/NNP/PERSON Jones/NNP/PERSON *said/VBD [i the/DT administration/NN was/VBD “/`` \
                [p making/VBG it/PRP up/RP as/IN it/PRP goes/VBZ along/RB ] ./. ”/'' ]"""));
    }

    @Test
    void insideReportedLeavesAQuoteItsOwnSpeechVerb() {
        assertEquals("""
                q1 'it would make a deal, Tom Barrett said, “we were floored.”' <- Patriot [reported-cue]
                q2 'we were floored' <- Tom Barrett [name-cue-quote]""", quotes("en", """
                Patriot/NNP/ORGANIZATION *signaled/VBD [i it/PRP would/MD make/VB a/DT deal/NN ,/, \
                Tom/NNP/PERSON Barrett/NNP/PERSON said/VBD ,/, “/`` [p we/PRP were/VBD floored/VBN ] ./. ”/'' ]"""));
    }

    @Test
    void insideReportedLeavesItsOwnQuoteToASpeechVerbFollowedByADay() {
        assertEquals("""
                q1 'it would make a deal, Tom Barrett said Friday, “we were floored.”' <- Patriot [reported-cue]
                q2 'we were floored' <- Tom Barrett [name-cue-quote]""", quotes("en", """
                Patriot/NNP/ORGANIZATION *signaled/VBD [i it/PRP would/MD make/VB a/DT deal/NN ,/, \
                Tom/NNP/PERSON Barrett/NNP/PERSON said/VBD Friday/NNP ,/, “/`` [p we/PRP were/VBD floored/VBN ] \
                ./. ”/'' ]"""));
    }

    @Test
    void sameSentence() {
        assertEquals("""
                q1 'a betrayal of the voters' <- Ruth Delaney [name-cue-quote]
                q2 'a gift to the banks' <- Ruth Delaney [same-sentence]""", quotes("en", """
                Ruth/NNP/PERSON Delaney/NNP/PERSON called/VBD the/DT plan/NN “/`` [p a/DT betrayal/NN of/IN \
                the/DT voters/NNS ] ”/'' and/CC “/`` [p a/DT gift/NN to/IN the/DT banks/NNS ] ./. ”/''"""));
    }

    @Test
    void continuedLater() {
        assertEquals("""
                q1 'We will not give up.' <- Lee Jae Myung [continued-later]
                q2 'We will win' <- Lee Jae Myung [quote-name-cue]""", quotes("en", """
                “/`` [d We/PRP will/MD not/RB give/VB up/RP ./. ]

                “/`` [d We/PRP will/MD win/VB ] ,/, ”/'' Lee/NNP/PERSON Jae/NNP/PERSON Myung/NNP/PERSON said/VBD ./."""));
    }

    @Test
    void paragraphContinuation() {
        assertEquals("""
                q1 'We will win' <- Lee Jae Myung [name-cue-quote]
                q2 'The voters are with us' <- Lee Jae Myung [paragraph-continuation]""", quotes("en", """
                Lee/NNP/PERSON Jae/NNP/PERSON Myung/NNP/PERSON said/VBD :/: “/`` [d We/PRP will/MD win/VB ] ./. ”/''

                “/`` [d The/DT voters/NNS are/VBP with/IN us/PRP ] ./. ”/''"""));
    }

    @Test
    void sameParagraph() {
        assertEquals("""
                q1 'We are ready' <- John Smith [quote-name-cue]
                q2 'We have been ready for months' <- John Smith [same-paragraph]""", quotes("en", """
                “/`` [d We/PRP are/VBP ready/JJ ] ,/, ”/'' John/NNP/PERSON Smith/NNP/PERSON said/VBD ./.
                “/`` [d We/PRP have/VBP been/VBN ready/JJ for/IN months/NNS ] ./. ”/''"""));
    }

    @Test
    void sameParagraphDoesNotBorrowALastResort() {
        assertEquals("""
                q1 'We won' <- Ann Lee [quote-name-cue]
                q2 'Meet the Press' <- Ann Lee [recent-speaker]
                q3 'We are ready.' <- Tom Barrett [recent-speaker]""", quotes("en", """
                “/`` [d We/PRP won/VBD ] ,/, ”/'' Ann/NNP/PERSON Lee/NNP/PERSON said/VBD ./.

                On/IN “/`` [d Meet/VB the/DT Press/NNP ] ,/, ”/'' Tom/NNP/PERSON Barrett/NNP/PERSON listed/VBD \
                his/PRP$ reasons/NNS ./.
                “/`` [d We/PRP are/VBP ready/JJ ./. ] ”/''"""));
    }

    @Test
    void sameParagraphAcrossADashInsertion() {
        assertEquals("""
                q1 'Da anni si discute di stabilità' <- Ignazio Ferri [quote-cue-name]
                q2 'Oggi c'è finalmente una proposta concreta' <- Ignazio Ferri [same-paragraph]""", quotes("it", """
                Il/DET presidente/NOUN del/ADP Senato/NOUN Ignazio/PROPN/PERSON Ferri/PROPN/PERSON è/AUX \
                intervenuto/VERB in/ADP Aula/PROPN ./PUNCT
                «/PUNCT [d Da/ADP anni/NOUN si/PRON discute/VERB di/ADP stabilità/NOUN ] —/PUNCT ha/AUX detto/VERB \
                Ferri/PROPN/PERSON —/PUNCT ./PUNCT
                [d Oggi/ADV c'/PRON è/VERB finalmente/ADV una/DET proposta/NOUN concreta/ADJ ] »/PUNCT ./PUNCT"""));
    }
}
