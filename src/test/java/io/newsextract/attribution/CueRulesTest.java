package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules anchored on a speech verb or "according to" in the quote's sentence: one pre-tagged case a rule. */
class CueRulesTest {

    @Test
    void reportedAccordingTo() {
        assertEquals("""
                q1 'la crisi «è soltanto all'inizio»' <- Matteo Salvini [reported-according-to]
                q2 'è soltanto all'inizio' <- Matteo Salvini [inside-reported]""", quotes("it", """
                *Secondo/ADP Matteo/PROPN/PERSON Salvini/PROPN/PERSON ,/PUNCT [i la/DET crisi/NOUN «/PUNCT \
                [p è/AUX soltanto/ADV all'/ADP inizio/NOUN ] »/PUNCT ] ./PUNCT"""));
    }

    @Test
    void reportedAccordingToARelativePointsBackToTheAntecedent() {
        assertEquals("q1 'il governo ha scelto la propaganda invece delle assunzioni' <- Roberto Carnevali "
                + "[reported-according-to]", quotes("it", """
                Sulla/_ stessa/ADV linea/NOUN il/DET presidente/NOUN del/ADP partito/NOUN ,/PUNCT \
                Roberto/PROPN/PERSON Carnevali/PROPN/PERSON ,/PUNCT *secondo/ADP cui/PRON [i il/DET governo/NOUN \
                ha/AUX scelto/VERB la/DET propaganda/NOUN invece/ADV delle/ADP assunzioni/NOUN ] ./PUNCT"""));
    }

    @Test
    void reportedCue() {
        assertEquals("""
                q1 'i conti pubblici sono in ordine' <- Fabio Pellegrini [reported-cue]
                q2 'il debito resta troppo alto' <- Fabio Pellegrini [reported-cue]""", quotes("it", """
                Il/DET governatore/NOUN Fabio/PROPN/PERSON Pellegrini/PROPN/PERSON ha/AUX *sottolineato/VERB \
                che/SCONJ [i i/DET conti/NOUN pubblici/ADJ sono/AUX in/ADP ordine/NOUN ] ,/PUNCT ma/CCONJ ha/AUX \
                *avvertito/VERB che/SCONJ [i il/DET debito/NOUN resta/VERB troppo/ADV alto/ADJ ] ./PUNCT"""));
    }

    @Test
    void quoteCueName() {
        assertEquals("q1 'Siamo pronti a governare' <- Antonio Tajani [quote-cue-name]", quotes("it", """
                «/PUNCT [d Siamo/AUX pronti/ADJ a/ADP governare/VERB ] »/PUNCT ,/PUNCT ha/AUX dichiarato/VERB \
                il/DET ministro/NOUN degli/ADP Esteri/NOUN Antonio/PROPN/PERSON Tajani/PROPN/PERSON ./PUNCT"""));
    }

    @Test
    void quoteCueNameWithADroppedSubject() {
        assertEquals("q1 'Non ci fermeremo davanti a niente' <- Sergio Mattarella [quote-cue-name/prodrop]",
                quotes("it", """
                Il/DET presidente/NOUN Sergio/PROPN/PERSON Mattarella/PROPN/PERSON ha/AUX parlato/VERB a/ADP \
                lungo/NOUN del/ADP lavoro/NOUN ./PUNCT
                «/PUNCT [d Non/ADV ci/PRON fermeremo/VERB davanti/ADV a/ADP niente/PRON ] »/PUNCT ,/PUNCT \
                ha/AUX aggiunto/VERB ./PUNCT"""));
    }

    @Test
    void quoteNameCue() {
        assertEquals("q1 'The plan is dead' <- John Smith [quote-name-cue]", quotes("en", """
                “/`` [d The/DT plan/NN is/VBZ dead/JJ ] ,/, ”/'' John/NNP/PERSON Smith/NNP/PERSON said/VBD \
                on/IN Monday/NNP ./."""));
    }

    @Test
    void quoteNameCueAfterAQuestionThatEndsTheSentence() {
        assertEquals("q2 'Who would have believed it?' <- John Smith [quote-name-cue]", quotes("en", """
                Mary/NNP/PERSON Jones/NNP/PERSON watched/VBD ./. “/`` [d Go/VB ] ,/, ”/'' she/PRP said/VBD ./.
                “/`` [d Who/WP would/MD have/VB believed/VBN it/PRP ?/. ] ”/''
                John/NNP/PERSON Smith/NNP/PERSON said/VBD ./.""").lines().skip(1).findFirst().orElse(""));
    }

    @Test
    void quoteNameCueThroughAPronoun() {
        assertEquals("q1 'It is a disaster' <- John Smith [quote-name-cue/pronoun]", quotes("en", """
                Senator/NNP John/NNP/PERSON Smith/NNP/PERSON criticized/VBD the/DT bill/NN on/IN Tuesday/NNP ./.
                “/`` [d It/PRP is/VBZ a/DT disaster/NN ] ,/, ”/'' he/PRP told/VBD reporters/NNS ./."""));
    }

    @Test
    void nameCueQuote() {
        assertEquals("q1 'We need more time' <- John Smith [name-cue-quote]", quotes("en", """
                John/NNP/PERSON Smith/NNP/PERSON said/VBD :/: “/`` [d We/PRP need/VBP more/JJR time/NN ] ./. ”/''"""));
    }

    @Test
    void accordingTo() {
        assertEquals("q1 'done and dusted' <- Mary Jones [according-to]", quotes("en", """
                The/DT deal/NN is/VBZ “/`` [p done/VBN and/CC dusted/VBN ] ,/, ”/'' according/VBG to/IN \
                Mary/NNP/PERSON Jones/NNP/PERSON ./."""));
    }

    @Test
    void aPersonOfAnOrganisationSpeaksForItInEnglishToo() {
        // MentionSubjects.memberOf is not Italian only: "X of Y wrote" is X's
        assertEquals("q1 'a satisfying finale' <- Ken Tucker [name-cue-quote]", quotes("en", """
                Ken/NNP/PERSON Tucker/NNP/PERSON of/IN Entertainment/NNP/ORGANIZATION Weekly/NNP/ORGANIZATION \
                wrote/VBD :/: “/`` [d a/DT satisfying/JJ finale/NN ] ./. ”/''"""));
    }

    @Test
    void sentenceCue() {
        assertEquals("q1 'Those amendments were ignored' <- Rachel Kim [sentence-cue]", quotes("en", """
                “/`` [d Those/DT amendments/NNS were/VBD ignored/VBN ] ,/, ”/'' the/DT spokesperson/NN ,/, \
                Rachel/NNP/PERSON Kim/NNP/PERSON ,/, said/VBD in/IN an/DT email/NN ./."""));
    }

    @Test
    void cueEndsSentenceBefore() {
        assertEquals("q1 'The other factor is the election' <- Adam Schiff [cue-ends-sentence-before]",
                quotes("en", """
                Rep./NNP Adam/NNP/PERSON Schiff/NNP/PERSON spoke/VBD on/IN Monday/NNP ./.
                The/DT administration/NN may/MD wait/VB for/IN talks/NNS ,/, Schiff/NNP/PERSON said/VBD ./.
                “/`` [d The/DT other/JJ factor/NN is/VBZ the/DT election/NN ] ./. ”/''"""));
    }

    @Test
    void aSpeechVerbWithMoreThanItsSubjectAfterItEndsNoSentenceBeforeAQuote() {
        String out = quotes("en", """
                Rep./NNP Adam/NNP/PERSON Schiff/NNP/PERSON spoke/VBD on/IN Monday/NNP ./.
                The/DT administration/NN may/MD wait/VB ,/, Schiff/NNP/PERSON said/VBD of/IN the/DT talks/NNS ./.
                “/`` [d The/DT other/JJ factor/NN is/VBZ the/DT election/NN ] ./. ”/''""");
        assertEquals(false, out.contains("cue-ends-sentence-before"), out);
    }

    @Test
    void aPronounSubjectEndsNoSentenceBeforeAQuote() {
        String out = quotes("en", """
                Rep./NNP Adam/NNP/PERSON Schiff/NNP/PERSON spoke/VBD on/IN Monday/NNP ./.
                The/DT administration/NN may/MD wait/VB ,/, he/PRP said/VBD ./.
                “/`` [d The/DT other/JJ factor/NN is/VBZ the/DT election/NN ] ./. ”/''""");
        assertEquals(false, out.contains("cue-ends-sentence-before"), out);
    }

    @Test
    void aParticipleTakesThePersonRightBeforeIt() {
        assertEquals("q1 'Why am I not ahead?' <- Hillary Clinton [name-cue-quote]", quotes("en", """
                The/DT ad/NN uses/VBZ footage/NN of/IN Hillary/NNP/PERSON Clinton/NNP/PERSON asking/VBG ,/, \
                “/`` [d Why/WRB am/VBP I/PRP not/RB ahead/RB ?/. ] ”/''"""));
    }

    @Test
    void aParticipleInASentenceWithoutMainVerbTakesThePersonThatOpensIt() {
        assertEquals("q1 'he had concerns and McConnell is right' <- Paul Ryan [reported-cue]", quotes("en", """
                Senator/NNP Mitch/NNP/PERSON McConnell/NNP/PERSON spoke/VBD on/IN Tuesday/NNP ./.
                House/NNP Speaker/NNP Paul/NNP/PERSON Ryan/NNP/PERSON ,/, R-Wis./NNP/LOCATION ,/, despite/IN \
                *admitting/VBG that/IN [i he/PRP had/VBD concerns/NNS and/CC McConnell/NNP/PERSON is/VBZ \
                right/JJ ] ./."""));
    }

    @Test
    void aSpeakerNounAfterAPluralHeadThatOpensTheSentenceIsItsSubject() {
        assertEquals("q1 'Hands up' <- protesters [name-cue-quote/nominal]", quotes("en", """
                Small/JJ groups/NNS of/IN protesters/NNS marched/VBD near/IN the/DT stadium/NN -/: where/WRB \
                the/DT Charlotte/NNP/ORGANIZATION Panthers/NNPS/ORGANIZATION played/VBD -/: while/IN \
                chanting/VBG ,/, “/`` [d Hands/NNS up/RB ] ./. ”/''"""));
    }

    @Test
    void aSpeakerNounAfterAPluralThatCountsNothingIsNoSubject() {
        assertEquals("q1 'Lock her up' <- Tom Barrett [nearest-mention]", quotes("en", """
                Photos/NNS of/IN protesters/NNS circulated/VBD as/IN Tom/NNP/PERSON Barrett/NNP/PERSON spoke/VBD ,/, \
                saying/VBG ,/, “/`` [d Lock/VB her/PRP up/RP ] ./. ”/''"""));
    }

    @Test
    void aNameAfterAPluralHeadIsNoSubject() {
        assertEquals("q1 'Lock her up' <- Tom Barrett [nearest-mention]", quotes("en", """
                Photos/NNS of/IN Jill/NNP/PERSON Stein/NNP/PERSON circulated/VBD as/IN Tom/NNP/PERSON \
                Barrett/NNP/PERSON spoke/VBD ,/, saying/VBG ,/, “/`` [d Lock/VB her/PRP up/RP ] ./. ”/''"""));
    }
}
