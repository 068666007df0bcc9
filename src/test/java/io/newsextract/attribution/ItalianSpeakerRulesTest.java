package io.newsextract.attribution;

import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The patterns of Italian news (Wikinews) that gave an organisation or the last speaker instead of the person: a
 * role's affiliation before the person's name, an organisation in a colon label, a dropped subject after a sentence
 * about someone else's quote, an introduced person, an inverted subject after "quanto", a label after the quote.
 */
class ItalianSpeakerRulesTest {

    @Test
    void theAffiliationOfARoleGivesThePersonAfterTheComma() {
        assertEquals("q1 'I consumatori pagheranno' <- Carlo Rienzi [quote-cue-name]", quotes("it", """
                «/PUNCT [d I/DET consumatori/NOUN pagheranno/VERB ] »/PUNCT ,/PUNCT aggiunge/VERB il/DET \
                fondatore/NOUN di/ADP Codacons/PROPN/ORGANIZATION ,/PUNCT Carlo/PROPN/PERSON Rienzi/PROPN/PERSON \
                ./PUNCT"""));
        assertEquals("q1 'preoccupante' <- Massimo D'Alema [according-to]", quotes("it", """
                Secondo/ADP il/DET capo/NOUN della/ADP Farnesina/PROPN/ORGANIZATION ,/PUNCT Massimo/PROPN/PERSON \
                D'Alema/PROPN/PERSON ,/PUNCT la/DET situazione/NOUN è/AUX «/PUNCT [p preoccupante/ADJ ] »/PUNCT \
                ./PUNCT"""));
    }

    @Test
    void anOrganisationAfterAPrepositionIsNoColonLabel() {
        assertEquals("q1 'Oggi faccio posto ai giovani' <- -", quotes("it", """
                La/DET festa/NOUN ha/AUX il/DET colore/NOUN della/ADP Casa/PROPN/ORGANIZATION \
                Reale/PROPN/ORGANIZATION :/PUNCT
                «/PUNCT [d Oggi/ADV faccio/VERB posto/NOUN ai/ADP giovani/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aDroppedSubjectContinuesWhoThePreviousSentenceIsAbout() {
        assertEquals("""
                q1 'un dialogo aperto' <- Hans Küng [name-cue-quote]
                q2 'la fede non teme la ragione' <- Joseph Ratzinger [name-cue-quote]
                q3 'Non ci siamo abbracciati' <- Hans Küng [name-cue-quote/prodrop]""", quotes("it", """
                Hans/PROPN/PERSON Küng/PROPN/PERSON ha/AUX detto/VERB che/SCONJ «/PUNCT [p un/DET dialogo/NOUN \
                aperto/ADJ ] »/PUNCT e/CCONJ Joseph/PROPN/PERSON Ratzinger/PROPN/PERSON ha/AUX risposto/VERB \
                che/SCONJ «/PUNCT [p la/DET fede/NOUN non/ADV teme/VERB la/DET ragione/NOUN ] »/PUNCT ./PUNCT
                Ha/AUX poi/ADV aggiunto/VERB :/PUNCT «/PUNCT [d Non/ADV ci/PRON siamo/AUX abbracciati/VERB ] \
                »/PUNCT ./PUNCT"""));
    }

    @Test
    void aPersonIntroducedBeforeAColonIsWhoTheNextSentencesAreAbout() {
        assertEquals("""
                q1 'Il federalismo si farà' <- Roberto Calderoli [name-cue-quote]
                q2 'C'è un solo ministro' <- Umberto Bossi [name-cue-quote/prodrop]""", quotes("it", """
                Roberto/PROPN/PERSON Calderoli/PROPN/PERSON ha/AUX detto/VERB :/PUNCT «/PUNCT [d Il/DET \
                federalismo/NOUN si/PRON farà/VERB ] »/PUNCT ./PUNCT

                Ha/AUX infine/ADV preso/VERB la/DET parola/NOUN Umberto/PROPN/PERSON Bossi/PROPN/PERSON :/PUNCT

                Ha/AUX subito/ADV esordito/VERB :/PUNCT «/PUNCT [d C'/PRON è/VERB un/DET solo/ADJ ministro/NOUN ] \
                »/PUNCT ./PUNCT"""));
    }

    @Test
    void aNameOpeningTheSentenceBeforeARelativeIsWhoItIsAbout() {
        assertEquals("""
                q1 'Il governo ha fallito' <- Arturo Parisi [name-cue-quote]
                q2 'Il progetto regge' <- Walter Veltroni [quote-cue-name/prodrop]""", quotes("it", """
                Arturo/PROPN/PERSON Parisi/PROPN/PERSON ha/AUX detto/VERB :/PUNCT «/PUNCT [d Il/DET \
                governo/NOUN ha/AUX fallito/VERB ] »/PUNCT ./PUNCT
                Walter/PROPN/PERSON Veltroni/PROPN/PERSON ,/PUNCT che/PRON è/AUX dipinto/VERB come/ADP \
                mediatore/NOUN ,/PUNCT poco/ADV avvezzo/ADJ allo/ADP scontro/NOUN non/ADV può/AUX \
                ignorare/VERB l'/DET attacco/NOUN ./PUNCT
                «/PUNCT [d Il/DET progetto/NOUN regge/VERB ] »/PUNCT ,/PUNCT dichiara/VERB ./PUNCT"""));
    }

    @Test
    void theSubjectOfAPassiveSpeechVerbDidNotSpeak() {
        assertEquals("""
                q1 'Il progetto regge' <- Walter Veltroni [quote-cue-name]
                q2 'bulimia' <- Walter Veltroni [name-cue-quote/prodrop]""", quotes("it", """
                «/PUNCT [d Il/DET progetto/NOUN regge/VERB ] »/PUNCT ,/PUNCT dichiara/VERB \
                Walter/PROPN/PERSON Veltroni/PROPN/PERSON ./PUNCT
                Massimo/PROPN/PERSON D'Alema/PROPN/PERSON è/AUX stato/AUX accusato/VERB di/ADP «/PUNCT [p \
                bulimia/NOUN ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aNounSpeltLikeAPassiveAuxiliaryIsNoPassive() {
        assertEquals("q1 'Non tratteremo' <- Dipartimento di Stato [name-cue-quote]", quotes("it", """
                Il/DET Dipartimento/PROPN/ORGANIZATION di/ADP/ORGANIZATION Stato/PROPN/ORGANIZATION \
                dichiara/VERB :/PUNCT «/PUNCT [d Non/ADV tratteremo/VERB ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aPersonOfAnOrganisationSpeaksForIt() {
        assertEquals("q1 'un finale soddisfacente' <- Ken Tucker [name-cue-quote]", quotes("it", """
                Ken/PROPN/PERSON Tucker/PROPN/PERSON di/ADP Entertainment/PROPN/ORGANIZATION \
                Weekly/PROPN/ORGANIZATION ,/PUNCT infine/ADV ,/PUNCT ha/AUX scritto/VERB che/SCONJ l'/DET \
                episodio/NOUN è/AUX stato/AUX «/PUNCT [p un/DET finale/NOUN soddisfacente/ADJ ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void afterQuantoTheSubjectFollowsTheVerb() {
        assertEquals("q1 'Il villaggio è bruciato' <- Bernardo Cervellera [name-cue-quote]", quotes("it", """
                Il/DET Papa/NOUN ha/AUX pregato/VERB ./PUNCT
                Secondo/ADP quanto/PRON ha/AUX riferito/VERB Padre/PROPN Bernardo/PROPN/PERSON \
                Cervellera/PROPN/PERSON ,/PUNCT la/DET situazione/NOUN è/AUX grave/ADJ :/PUNCT
                «/PUNCT [d Il/DET villaggio/NOUN è/AUX bruciato/VERB ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void aVerblessLabelAfterTheQuoteNamesTheSpeaker() {
        assertEquals("q1 'La custodia è sproporzionata' <- Sergio Rastrelli [label-after]", quotes("it", """
                Il/DET giudice/NOUN Valerio/PROPN/PERSON Savio/PROPN/PERSON ha/AUX deciso/VERB ./PUNCT
                «/PUNCT [d La/DET custodia/NOUN è/AUX sproporzionata/ADJ ] »/PUNCT :/PUNCT
                questo/PRON il/DET giudizio/NOUN dell'/ADP avvocato/NOUN Sergio/PROPN/PERSON \
                Rastrelli/PROPN/PERSON ./PUNCT"""));
    }

    @Test
    void aLabelOpenerFollowedByAVerbNamesNoOne() {
        assertEquals("q1 'La custodia è sproporzionata' <- Valerio Savio [recent-speaker]", quotes("it", """
                Il/DET giudice/NOUN Valerio/PROPN/PERSON Savio/PROPN/PERSON ha/AUX deciso/VERB ./PUNCT
                «/PUNCT [d La/DET custodia/NOUN è/AUX sproporzionata/ADJ ] »/PUNCT ./PUNCT
                Questo/PRON significa/VERB che/SCONJ Sergio/PROPN/PERSON Rastrelli/PROPN/PERSON farà/VERB \
                ricorso/NOUN ./PUNCT"""));
    }

    @Test
    void theAgentIsThePersonNamedAfterItsRole() {
        assertEquals("q1 'molto preoccupati' <- Stanislaw Kotarba [sentence-cue]", quotes("it", """
                I/DET cittadini/NOUN sono/AUX «/PUNCT [p molto/ADV preoccupati/ADJ ] »/PUNCT ,/PUNCT come/SCONJ \
                dichiarato/VERB dal/ADP portavoce/NOUN del/ADP sindaco/NOUN Stanislaw/PROPN/PERSON \
                Kotarba/PROPN/PERSON ./PUNCT"""));
    }

    @Test
    void aFormerRoleIsThePersonNamedLast() {
        assertEquals("q1 'Ho avuto un'accoglienza straordinaria' <- Silvio Berlusconi [name-cue-quote/nominal]",
                quotes("it", """
                Il/DET leader/NOUN Silvio/PROPN/PERSON Berlusconi/PROPN/PERSON ha/AUX partecipato/VERB ./PUNCT
                L'/DET ex/ADJ premier/NOUN ha/AUX detto/VERB :/PUNCT «/PUNCT [d Ho/AUX avuto/VERB un'/DET \
                accoglienza/NOUN straordinaria/ADJ ] »/PUNCT ./PUNCT"""));
    }
}
