package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Questions and answers, each a paragraph of its own. */
class TurnRulesTest {

    @Test
    void interviewAnswer() {
        assertEquals("""
                q1 'Sì, e lo capisco. Ma noi non siamo contro nessuno' <- Laura Bernardini [interview-answer]
                q2 'Tre cose: risorse, una legge nazionale e più poteri ai sindaci' <- Laura Bernardini \
                [interview-answer]""", quotes("it", """
                Intervista/NOUN a/ADP Laura/PROPN/PERSON Bernardini/PROPN/PERSON ,/PUNCT sindaca/NOUN di/ADP \
                Bologna/PROPN/LOCATION ./PUNCT

                Laura/PROPN/PERSON Bernardini/PROPN/PERSON riceve/VERB i/DET cronisti/NOUN in/ADP Comune/PROPN ./PUNCT
                Il/DET ministro/NOUN Stefano/PROPN/PERSON Colombara/PROPN/PERSON ha/AUX promesso/VERB fondi/NOUN ./PUNCT

                Sindaca/PROPN ,/PUNCT il/DET regolamento/NOUN è/AUX già/ADV stato/AUX contestato/VERB ./PUNCT
                Se/SCONJ lo/PRON aspettava/VERB ?/PUNCT

                «/PUNCT [d Sì/INTJ ,/PUNCT e/CCONJ lo/PRON capisco/VERB ./PUNCT
                Ma/CCONJ noi/PRON non/ADV siamo/AUX contro/ADP nessuno/PRON ] »/PUNCT ./PUNCT

                Il/DET governo/NOUN prepara/VERB un/DET piano/NOUN casa/NOUN ./PUNCT
                Che/DET cosa/PRON chiede/VERB all'/ADP esecutivo/NOUN ?/PUNCT

                «/PUNCT [d Tre/NUM cose/NOUN :/PUNCT risorse/NOUN ,/PUNCT una/DET legge/NOUN nazionale/ADJ e/CCONJ \
                più/ADV poteri/NOUN ai/ADP sindaci/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void alternatingTurns() {
        assertEquals("""
                q1 'Did the White House ask you to fire him?' <- Rebecca Strand [quote-cue-name]
                q2 'No' <- Victor Hale [quote-name-cue]
                q3 'Did you discuss it with anyone there?' <- Rebecca Strand [alternating-turns]
                q4 'I informed the counsel’s office' <- Victor Hale [quote-name-cue]""", quotes("en", """
                “/`` [d Did/VBD the/DT White/NNP/LOCATION House/NNP/LOCATION ask/VBP you/PRP to/TO fire/VB him/PRP \
                ?/. ] ”/''
                asked/VBD Sen./NNP Rebecca/NNP/PERSON Strand/NN/PERSON ./.

                “/`` [d No/UH ] ,/, ”/'' Victor/NNP/PERSON Hale/NNP/PERSON replied/VBD ./.

                “/`` [d Did/VBD you/PRP discuss/VB it/PRP with/IN anyone/NN there/RB ?/. ] ”/''

                “/`` [d I/PRP informed/VBD the/DT counsel/NN ’s/POS office/NN ] ,/, ”/'' Hale/NNP/PERSON said/VBD ./."""));
    }
}
