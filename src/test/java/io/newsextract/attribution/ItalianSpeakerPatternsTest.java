package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Italian patterns that gave a party, a bracketed name or the last speaker instead of the person: a cue between dashes
 * inside the quote, a role noun before its party, an object pronoun before the verb, a name in brackets after the
 * quote, a list of names with as many quotes, a misspelt surname.
 */
class ItalianSpeakerPatternsTest {

    @Test
    void aCueBetweenDashesInsideTheQuoteNamesItsSpeaker() {
        assertEquals("q1 'Se si rinvia - aggiunge il presidente di Adiconsum, Paolo Neri - pagano gli utenti' <- "
                + "Paolo Neri [inserted-cue/nominal]", quotes("it", """
                Marco/PROPN/PERSON Bassi/PROPN/PERSON ha/AUX parlato/VERB ./PUNCT
                «/PUNCT [d Se/SCONJ si/PRON rinvia/VERB -/PUNCT aggiunge/VERB il/DET presidente/NOUN di/ADP \
                Adiconsum/PROPN/ORGANIZATION ,/PUNCT Paolo/PROPN/PERSON Neri/PROPN/PERSON -/PUNCT pagano/VERB \
                gli/DET utenti/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aRoleNounBeforeItsPartySpeaksForThePersonNotTheParty() {
        assertEquals("q1 'È il momento di cambiare' <- Anna Verdi [name-cue-quote/nominal]", quotes("it", """
                Anna/PROPN/PERSON Verdi/PROPN/PERSON è/AUX arrivata/VERB in/ADP aula/NOUN ./PUNCT
                Poi/ADV la/DET senatrice/NOUN Pd/PROPN/ORGANIZATION ha/AUX detto/VERB :/PUNCT «/PUNCT [d È/AUX \
                il/DET momento/NOUN di/ADP cambiare/VERB ] »/PUNCT ./PUNCT"""));
        assertEquals("""
                q1 'Resto in campo' <- Paolo Rossi [name-cue-quote/nominal]""", quotes("it", """
                Il/DET leader/NOUN di/ADP Italia/PROPN/ORGANIZATION Nuova/PROPN/ORGANIZATION ,/PUNCT \
                Paolo/PROPN/PERSON Rossi/PROPN/PERSON ,/PUNCT è/AUX arrivato/VERB ./PUNCT
                Il/DET presidente/NOUN di/ADP Italia/PROPN/ORGANIZATION Nuova/PROPN/ORGANIZATION ha/AUX \
                detto/VERB :/PUNCT «/PUNCT [d Resto/VERB in/ADP campo/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void anObjectPronounBeforeTheVerbIsNoSubject() {
        assertEquals("q1 'verme' <- Marco Neri [name-cue-quote/prodrop]", quotes("it", """
                Marco/PROPN/PERSON Neri/PROPN/PERSON ha/AUX attaccato/VERB il/DET senatore/NOUN \
                Luca/PROPN/PERSON Bianchi/PROPN/PERSON :/PUNCT
                lo/PRON ha/AUX paragonato/VERB a/ADP un/DET "/PUNCT [p verme/NOUN ] "/PUNCT ./PUNCT"""));
    }

    @Test
    void aPersonNamedBeforeACommaAndAnObjectPronounIsTheSubject() {
        assertEquals("q1 'amico vero' <- Gino Rossi [name-cue-quote]", quotes("it", """
                Il/DET vicino/NOUN ed/CCONJ amico/NOUN Gino/PROPN/PERSON Rossi/PROPN/PERSON ,/PUNCT l'/PRON ha/AUX \
                invece/ADV definito/VERB un/DET "/PUNCT [p amico/NOUN vero/ADJ ] "/PUNCT ,/PUNCT mentre/SCONJ \
                Lia/PROPN/PERSON Bruni/PROPN/PERSON è/AUX partita/VERB ./PUNCT"""));
    }

    @Test
    void aPersonAfterAPrepositionBeforeAnObjectPronounIsNoSubject() {
        assertFalse(quotes("it", """
                Marco/PROPN/PERSON Neri/PROPN/PERSON ha/AUX parlato/VERB a/ADP lungo/ADV ./PUNCT
                E/CCONJ su/ADP Luca/PROPN/PERSON Bianchi/PROPN/PERSON ,/PUNCT l'/PRON ha/AUX definito/VERB un/DET \
                "/PUNCT [p verme/NOUN ] "/PUNCT ./PUNCT""").contains("Bianchi [name-cue-quote]"));
    }

    @Test
    void theSubjectBeforeTwoInsertionsSpeaksNotANameApposedInsideThem() {
        assertEquals("""
                q1 'ricerca comune' <- Hans Küng [name-cue-quote/nominal]
                q2 'va bene' <- Joseph Ratzinger [name-cue-quote]""", quotes("it", """
                Il/DET teologo/NOUN Hans/PROPN/PERSON Küng/PROPN/PERSON è/AUX arrivato/VERB ./PUNCT
                Il/DET teologo/NOUN ,/PUNCT durante/ADP l'/DET incontro/NOUN al/ADP quale/PRON era/AUX presente/ADJ \
                anche/ADV il/DET segretario/NOUN del/ADP papa/NOUN ,/PUNCT Georg/PROPN/PERSON \
                Gänswein/PROPN/PERSON ,/PUNCT ha/AUX proposto/VERB al/ADP pontefice/NOUN una/DET «/PUNCT [p ricerca/NOUN \
                comune/ADJ ] »/PUNCT ,/PUNCT alla/ADP quale/PRON Joseph/PROPN/PERSON Ratzinger/PROPN/PERSON ha/AUX \
                risposto/VERB che/SCONJ «/PUNCT [p va/VERB bene/ADV ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aPersonNamedInBracketsAfterTheQuoteSaidIt() {
        assertEquals("q1 'La serie vive' <- Mario Gialli [bracket-byline]", quotes("it", """
                Il/DET finale/NOUN piace/VERB a/ADP Luca/PROPN/PERSON Blu/PROPN/PERSON ,/PUNCT perché/SCONJ \
                "/PUNCT [p La/DET serie/NOUN vive/VERB ] "/PUNCT (/PUNCT Mario/PROPN/PERSON Gialli/PROPN/PERSON \
                ,/PUNCT autore/NOUN )/PUNCT ./PUNCT"""));
    }

    @Test
    void aSpeakerNounAfterADefiniteArticleIsThePersonOfItsRole() {
        assertEquals("q1 'Siamo pronti' <- Marco Neri [name-cue-quote/nominal]", quotes("it", """
                L'/DET avvocato/NOUN Marco/PROPN/PERSON Neri/PROPN/PERSON è/AUX arrivato/VERB con/ADP \
                Lia/PROPN/PERSON Bruni/PROPN/PERSON ./PUNCT
                Il/DET legale/NOUN ha/AUX detto/VERB :/PUNCT «/PUNCT [d Siamo/AUX pronti/ADJ ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aTitleWithItsAuthorAndYearInBracketsIsNoQuoteOfTheAuthor() {
        assertFalse(quotes("it", """
                Lia/PROPN/PERSON Bruni/PROPN/PERSON ha/AUX letto/VERB il/DET romanzo/NOUN «/PUNCT [p Il/DET \
                nome/NOUN della/ADP rosa/NOUN ] »/PUNCT (/PUNCT Umberto/PROPN/PERSON Eco/PROPN/PERSON ,/PUNCT \
                1980/NUM )/PUNCT ./PUNCT""").contains("bracket-byline"));
    }

    @Test
    void asManyQuotesAsListedNamesGoToThemInOrder() {
        assertEquals("""
                q1 'Ciao amico' <- Gino Rossi [respective-list]
                q2 'Addio maestro' <- Lia Bruni [respective-list]
                q3 'Grazie di tutto' <- Negrita [respective-list]""", quotes("it", """
                Gino/PROPN/PERSON Rossi/PROPN/PERSON ,/PUNCT Lia/PROPN/PERSON Bruni/PROPN/PERSON e/CCONJ i/DET \
                Negrita/PROPN/ORGANIZATION lo/PRON hanno/AUX salutato/VERB :/PUNCT
                «/PUNCT [d Ciao/INTJ amico/NOUN ] »/PUNCT ,/PUNCT «/PUNCT [d Addio/INTJ maestro/NOUN ] »/PUNCT \
                e/CCONJ «/PUNCT [d Grazie/NOUN di/ADP tutto/PRON ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void namesListedAfterASpeechVerbAreNotTheSpeakersOfTheQuotes() {
        assertEquals("""
                q1 'Ciao amico' <- Marco Neri [name-cue-quote]
                q2 'Addio maestra' <- Marco Neri [same-sentence]""", quotes("it", """
                Marco/PROPN/PERSON Neri/PROPN/PERSON ha/AUX ricordato/VERB Gino/PROPN/PERSON Rossi/PROPN/PERSON \
                e/CCONJ Lia/PROPN/PERSON Bruni/PROPN/PERSON :/PUNCT «/PUNCT [d Ciao/INTJ amico/NOUN ] »/PUNCT \
                e/CCONJ «/PUNCT [d Addio/INTJ maestra/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void moreNamesThanQuotesAreNoRespectiveList() {
        assertFalse(quotes("it", """
                Gino/PROPN/PERSON Rossi/PROPN/PERSON ,/PUNCT Lia/PROPN/PERSON Bruni/PROPN/PERSON e/CCONJ i/DET \
                Negrita/PROPN/ORGANIZATION lo/PRON hanno/AUX salutato/VERB :/PUNCT
                «/PUNCT [d Ciao/INTJ amico/NOUN ] »/PUNCT e/CCONJ «/PUNCT [d Addio/INTJ maestro/NOUN ] »/PUNCT \
                ./PUNCT""").contains("respective-list"));
    }

    @Test
    void aLoneNameOffAFirstNameOrInItsLastLetterIsSomeoneElse() {
        assertEquals("""
                q1 'assistenza completa' <- Rossa [according-to]
                q2 'grande festa' <- Renzi [according-to]""", quotes("it", """
                Mario/PROPN/PERSON Rossi/PROPN/PERSON e/CCONJ Renzo/PROPN/PERSON Arbore/PROPN/PERSON hanno/AUX \
                parlato/VERB ./PUNCT
                Secondo/ADP Rossa/PROPN/PERSON è/AUX assicurata/VERB «/PUNCT [p assistenza/NOUN completa/ADJ ] \
                »/PUNCT ./PUNCT
                Secondo/ADP Renzi/PROPN/PERSON è/AUX stata/AUX «/PUNCT [p grande/ADJ festa/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aLoneNameOffTwoSurnamesJoinsNeither() {
        assertEquals("q1 'assistenza completa' <- Verli [according-to]", quotes("it", """
                Luca/PROPN/PERSON Verdi/PROPN/PERSON e/CCONJ Anna/PROPN/PERSON Verri/PROPN/PERSON hanno/AUX \
                parlato/VERB ./PUNCT
                Secondo/ADP Verli/PROPN/PERSON è/AUX assicurata/VERB «/PUNCT [p assistenza/NOUN completa/ADJ ] \
                »/PUNCT ./PUNCT"""));
    }

    @Test
    void aLoneSurnameOneLetterOffALongerNameIsThatPerson() {
        assertEquals("q1 'assistenza completa' <- Joaquín Navarro-Valls [according-to]", quotes("it", """
                Il/DET portavoce/NOUN Joaquín/PROPN/PERSON Navarro-Valls/PROPN/PERSON ha/AUX parlato/VERB ./PUNCT
                Secondo/ADP Vals/PROPN/PERSON è/AUX assicurata/VERB «/PUNCT [p assistenza/NOUN completa/ADJ ] \
                »/PUNCT ./PUNCT"""));
        assertTrue(SpeakerIndex.oneEditApart("valls", "vals"));
        assertTrue(SpeakerIndex.oneEditApart("rossi", "rosso"));
        assertFalse(SpeakerIndex.oneEditApart("dadullah", "dudallah"));
        assertFalse(SpeakerIndex.oneEditApart("rossi", "rossi"));
        assertTrue(SpeakerIndex.misspells("vals", "valls"));
        assertFalse(SpeakerIndex.misspells("rossa", "rossi"));
    }
}
