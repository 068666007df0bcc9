package io.newsextract.attribution;

import io.newsextract.QuoteStrings;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static io.newsextract.attribution.Attributed.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who the rules find as the speaker, pre-tagged as the pipeline tagged these sentences: subjects past clauses and
 * insertions, pronouns and nouns to the right person or organisation, groups, roles. Each case is a pattern of news
 * writing found by scoring English (3xx, h*) and Italian (4xx) articles under corpus/.
 */
class SpeakerFindingTest {

    @Test
    void aSentenceOpeningWithAClauseIsAboutTheSubjectAfterIt() {
        assertEquals("q1 'We will be surgical' <- Laura Brennan [quote-name-cue/pronoun]",
                quotes("en", """
                Rachel/NNP/PERSON Stein/NNP/PERSON praised/VBD the/DT results/NNS ./.
                Asked/VBN whether/IN the/DT company/NN would/MD raise/VB prices/NNS again/RB ,/, \
                Laura/NNP/PERSON Brennan/NNP/PERSON was/VBD cautious/JJ ./.
                “/`` [d We/PRP will/MD be/VB surgical/JJ ] ,/, ”/'' she/PRP said/VBD ./."""));
    }

    @Test
    void aProperNounTheEntityModelMissedSpeaksBeforeASpeechVerb() {
        assertEquals("q1 'Follow the live stream' <- PolitiFact [quote-name-cue]", quotes("en", """
                The/DT debate/NN starts/VBZ at/IN nine/CD ./.
                “/`` [d Follow/VB the/DT live/JJ stream/NN ] ,/, ”/'' PolitiFact/NNP says/VBZ ./."""));
    }

    @Test
    void anUntaggedSpeakerIsAMentionWhereverItRecurs() {
        assertEquals("""
                q1 'Follow the live stream' <- PolitiFact [quote-name-cue]
                q2 'false' <- PolitiFact [nearest-mention]""", quotes("en", """
                The/DT debate/NN starts/VBZ at/IN nine/CD ./.
                “/`` [d Follow/VB the/DT live/JJ stream/NN ] ,/, ”/'' PolitiFact/NNP says/VBZ ./.

                The/DT Center/NNP/ORGANIZATION for/IN/ORGANIZATION Media/NNP/ORGANIZATION studied/VBD it/PRP ./.
                Later/RB PolitiFact/NNP rated/VBD the/DT claim/NN as/IN “/`` [p false/JJ ] ./. ”/''"""));
    }

    @Test
    void aLoneFirstWordTaggedAsAProperNounIsNoSpeaker() {
        String out = quotes("en", """
                John/NNP/PERSON Smith/NNP/PERSON spoke/VBD first/RB ./. “/`` [d Go/VB ] ,/, ”/'' he/PRP said/VBD ./.
                Banks/NNP said/VBD “/`` [d We/PRP lost/VBD ] ./. ”/''""");
        assertEquals(false, out.contains("Banks"), out);
    }

    @Test
    void theCompanyStandsForTheOrganisationTheStoryIsAbout() {
        assertEquals("q1 'Cocoa costs hit us hard this quarter' <- Halvorsen Foods [sentence-cue/nominal]",
                quotes("en", """
                Halvorsen/NNP/ORGANIZATION Foods/NNPS/ORGANIZATION lowered/VBD its/PRP$ forecast/NN on/IN \
                Thursday/NNP ./.
                Halvorsen/NNP/ORGANIZATION Foods/NNP/ORGANIZATION shares/NNS fell/VBD sharply/RB in/IN early/JJ \
                trading/NN ./.
                “/`` [d Cocoa/NNP costs/NNS hit/VBD us/PRP hard/RB this/DT quarter/NN ] ,/, ”/'' the/DT \
                company/NN said/VBD in/IN a/DT statement/NN ./."""));
    }

    @Test
    void heNeverStandsForAnOrganisationNoun() {
        assertEquals("q1 'not take its foot off the accelerator' <- Alan Forsyth [name-cue-quote/pronoun]",
                quotes("en", """
                Energy/NNP Secretary/NNP Alan/NNP/PERSON Forsyth/NNP/PERSON welcomed/VBD the/DT result/NN of/IN \
                the/DT auction/NN ./.
                The/DT government/NN ,/, he/PRP added/VBD ,/, would/MD “/`` [p not/RB take/VB its/PRP$ foot/NN \
                off/IN the/DT accelerator/NN ] ./. ”/''"""));
    }

    @Test
    void sheNeverStandsForAPluralNoun() {
        assertEquals("""
                q1 'the deal was fragile' <- Analysts [reported-cue/nominal]
                q2 'We prefer negotiation' <- Anna Korhonen [quote-name-cue/pronoun]""", quotes("en", """
                Anna/NNP/PERSON Korhonen/NNP/PERSON welcomed/VBD the/DT deal/NN on/IN Monday/NNP ./.
                Analysts/NNS *said/VBD [i the/DT deal/NN was/VBD fragile/JJ ] ./.
                “/`` [d We/PRP prefer/VBP negotiation/NN ] ,/, ”/'' she/PRP said/VBD ./."""));
    }

    @Test
    void theOwnerOfTheSubjectIsWhoTheSentenceIsAbout() {
        assertEquals("""
                q1 'the markets were calm' <- Priya Natarajan [reported-cue]
                q2 'We are patient' <- Ruth Delaney [quote-name-cue/pronoun]""", quotes("en", """
                Ruth/NNP/PERSON Delaney/NNP/PERSON attacked/VBD the/DT budget/NN ./.
                Priya/NNP/PERSON Natarajan/NNP/PERSON *said/VBD [i the/DT markets/NNS were/VBD calm/JJ ] ./.
                Delaney/NNP/PERSON 's/POS Conservatives/NNS/ORGANIZATION have/VBP led/VBN in/IN the/DT \
                polls/NNS for/IN a/DT year/NN ./.
                “/`` [d We/PRP are/VBP patient/JJ ] ,/, ”/'' she/PRP told/VBD reporters/NNS ./."""));
    }

    @Test
    void aSurnameTheEntityModelMissedIsStillThePerson() {
        assertEquals("q1 'The statute says thirty days' <- Rebecca Strand [quote-name-cue/pronoun]",
                quotes("en", """
                Sen./NNP Rebecca/NNP/PERSON Strand/NN/PERSON questioned/VBD the/DT attorney/NN general/NN ./.
                Strand/NN/PERSON ,/, a/DT former/JJ prosecutor/NN ,/, was/VBD not/RB satisfied/JJ ./.
                “/`` [d The/DT statute/NN says/VBZ thirty/CD days/NNS ] ,/, ”/'' she/PRP said/VBD ./."""));
    }

    @Test
    void aLongAppositionNamingAnOrganisationKeepsThePersonAsSubject() {
        assertEquals("q1 'the government was running out of room' <- Martin Cloutier [reported-cue]",
                quotes("en", """
                Martin/NNP/PERSON Cloutier/NNP/PERSON ,/, a/DT former/JJ deputy/NN governor/NN of/IN the/DT \
                Bank/NNP/ORGANIZATION of/IN/ORGANIZATION Canada/NNP/ORGANIZATION who/WP now/RB teaches/VBZ \
                at/IN McGill/NNP/ORGANIZATION University/NNP/ORGANIZATION ,/, *warned/VBD that/IN [i the/DT \
                government/NN was/VBD running/VBG out/IN of/IN room/NN ] ./."""));
    }

    @Test
    void twoInsertionsInARowBetweenNameAndVerb() {
        assertEquals("q1 'the caucus had won written commitments on the insurance program'"
                + " <- Curtis Vang [reported-cue]",
                quotes("en", """
                Rep./NNP Curtis/NNP/PERSON Vang/NNP/PERSON ,/, R/NNP ~-/HYPH ~Texas/NNP/LOCATION ,/, who/WP \
                led/VBD the/DT holdouts/NNS ,/, *said/VBD [i the/DT caucus/NN had/VBD won/VBN written/VBN \
                commitments/NNS on/IN the/DT insurance/NN program/NN ] ./."""));
    }

    @Test
    void theObjectOfAPrepositionAfterTheVerbIsNoSpeaker() {
        assertEquals("q1 'it supported the move to renewable energy'"
                + " <- Scottish Fishermen’s Federation [reported-cue]",
                quotes("en", """
                The/DT Scottish/JJ/ORGANIZATION Fishermen/NNPS/ORGANIZATION ’s/POS/ORGANIZATION \
                Federation/NNP/ORGANIZATION ,/, which/WDT represents/VBZ 400/CD vessels/NNS ,/, *said/VBD in/IN \
                a/DT submission/NN to/IN the/DT government/NN that/IN [i it/PRP supported/VBD the/DT move/NN \
                to/IN renewable/JJ energy/NN ] ./."""));
    }

    @Test
    void anAdjectiveBetweenDeterminerAndTitle() {
        assertEquals("q1 'the measure likely violates the First Amendment' <- Helen Marsh [reported-cue/nominal]",
                quotes("en", """
                A/DT federal/JJ judge/NN on/IN Friday/NNP blocked/VBD the/DT Texas/NNP/LOCATION law/NN ,/, \
                *saying/VBG [i the/DT measure/NN likely/JJ violates/VBZ the/DT First/NNP Amendment/NNP ] ./.
                U.S./NNP/LOCATION District/NNP Judge/NNP Helen/NNP/PERSON Marsh/NNP/PERSON granted/VBD the/DT \
                injunction/NN ./."""));
    }

    @Test
    void questionThenInvertedCueInTheNextSentence() {
        assertEquals("q1 'Did anyone at the White House ask you to fire him?' <- Rebecca Strand [quote-cue-name]",
                quotes("en", """
                The/DT hearing/NN turned/VBD combative/JJ ./.
                “/`` [d Did/VBD anyone/NN at/IN the/DT White/NNP/LOCATION House/NNP/LOCATION ask/VBP you/PRP \
                to/TO fire/VB him/PRP ?/. ] ”/''
                asked/VBD Sen./NNP Rebecca/NNP/PERSON Strand/NN/PERSON ./."""));
    }

    @Test
    void reportedSpeechWhoseSubjectIsFollowedByAnInsertion() {
        assertEquals("q1 'the state would appeal the ruling next week' <- Paul Reyes [reported-cue]",
                quotes("en", """
                Attorney/NNP General/NNP Paul/NNP/PERSON Reyes/NNP/PERSON ,/, whose/WP$ office/NN defended/VBD \
                the/DT order/NN ,/, *said/VBD [i the/DT state/NN would/MD appeal/VB the/DT ruling/VBG next/JJ \
                week/NN ] ./."""));
    }

    @Test
    void pronounFollowsTheGenderOfTheGivenName() {
        assertEquals("q1 'The statute says thirty days' <- Rebecca Strand [quote-name-cue/pronoun]",
                quotes("en", """
                Victor/NNP/PERSON Hale/NNP/PERSON defended/VBD the/DT decision/NN ./.
                Rebecca/NNP/PERSON Strand/NN/PERSON was/VBD not/RB satisfied/JJ ./.
                “/`` [d The/DT statute/NN says/VBZ thirty/CD days/NNS ] ,/, ”/'' she/PRP said/VBD ./."""));
    }

    @Test
    void faSapereIntroducesReportedSpeech() {
        assertEquals("q1 'il suo sindacato non parteciperà allo sciopero' <- Daniela Morandi [reported-cue]",
                quotes("it", """
                Più/ADV dialogante/VERB la/DET Cisl./PROPN/ORGANIZATION
                La/DET segretaria/NOUN generale/ADJ Daniela/PROPN/PERSON Morandi/PROPN/PERSON ha/AUX fatto/VERB \
                *sapere/VERB che/SCONJ [i il/DET suo/DET sindacato/NOUN non/ADV parteciperà/VERB allo/ADP \
                sciopero/NOUN ] ./PUNCT"""));
    }

    @Test
    void standoAlTitleAndApposedNameIsTheSource() {
        assertEquals("""
                q1 'il decreto "rischia di riempire le carceri senza ridurre i reati"' \
                <- Cesare Pellegrino [reported-according-to/nominal]
                q2 'rischia di riempire le carceri senza ridurre i reati' <- Cesare Pellegrino [inside-reported]""",
                quotes("it", """
                *Stando/VERB al/ADP presidente/NOUN dell'/ADP Anm/PROPN/ORGANIZATION ,/PUNCT \
                Cesare/PROPN/PERSON Pellegrino/PROPN/PERSON ,/PUNCT [i il/DET decreto/NOUN "/PUNCT [p \
                rischia/VERB di/ADP riempire/VERB le/DET carceri/NOUN senza/ADP ridurre/VERB i/DET reati/NOUN ] \
                "/PUNCT ] ./PUNCT"""));
    }

    @Test
    void relativeCheAfterAnInsertionSpeaksForItsAntecedent() {
        assertEquals("q1 'un confronto serio in Senato' <- Alberto Roncaglia [name-cue-quote]",
                quotes("it", """
                Nella/_ maggioranza/NOUN prevale/VERB la/DET soddisfazione/NOUN ./PUNCT
                Più/ADV cauto/ADJ il/DET vicepremier/NOUN Alberto/PROPN/PERSON Roncaglia/PROPN/PERSON ,/PUNCT \
                leader/NOUN di/ADP Forza/PROPN/ORGANIZATION Italia/PROPN/ORGANIZATION ,/PUNCT che/PRON ha/AUX \
                ribadito/VERB la/DET necessità/NOUN di/ADP "/PUNCT [p un/DET confronto/NOUN serio/ADJ in/ADP \
                Senato/NOUN/ORGANIZATION ] "/PUNCT ./PUNCT"""));
    }

    @Test
    void feminineNominalTakesTheWomanWithThatRole() {
        assertEquals("""
                q1 'Il nostro legame è forte' <- Daniel Whitmore [quote-cue-name]
                q2 'Il Canada è un amico' <- Giorgia Meloni [quote-cue-name/nominal]""", quotes("it", """
                Il/DET primo/ADJ ministro/NOUN canadese/ADJ Daniel/PROPN/PERSON Whitmore/PROPN/PERSON ha/AUX \
                incontrato/VERB la/DET presidente/NOUN del/ADP Consiglio/NOUN Giorgia/PROPN/PERSON \
                Meloni/PROPN/PERSON ./PUNCT
                «/PUNCT [d Il/DET nostro/DET legame/NOUN è/AUX forte/ADJ ] »/PUNCT ,/PUNCT ha/AUX detto/VERB \
                Whitmore/PROPN/PERSON ./PUNCT
                «/PUNCT [d Il/DET Canada/PROPN/LOCATION è/AUX un/DET amico/NOUN ] »/PUNCT ,/PUNCT ha/AUX \
                sottolineato/VERB la/DET premier/NOUN ./PUNCT"""));
    }

    @Test
    void nominalAfterAnArticulatedPrepositionJoinsTheApposedName() {
        assertEquals("q1 'Porteremo in piazza chi non si rassegna' <- Giulia Santangelo [quote-cue-name/nominal]",
                quotes("it", """
                Duro/ADJ il/DET commento/NOUN della/ADP segretaria/NOUN del/ADP Partito/NOUN/ORGANIZATION \
                democratico/ADJ/ORGANIZATION ,/PUNCT Giulia/PROPN/PERSON Santangelo/PROPN/PERSON ./PUNCT
                «/PUNCT [d Porteremo/VERB in/ADP piazza/NOUN chi/PRON non/ADV si/PRON rassegna/VERB ] »/PUNCT \
                ,/PUNCT ha/AUX detto/VERB la/DET segretaria/NOUN dem/ADV ./PUNCT"""));
    }

    @Test
    void organisationNounTakesTheOrganisationNamedLast() {
        assertEquals("q1 'le esportazioni verso il Canada sono aumentate del 60% in sette anni'"
                + " <- Confagricoltura [name-cue-quote/nominal]",
                quotes("it", """
                Ottimista/ADJ invece/ADV Confagricoltura/PROPN/ORGANIZATION ./PUNCT
                In/ADP una/DET nota/NOUN l'/DET associazione/NOUN ha/AUX sottolineato/VERB che/SCONJ "/PUNCT [p \
                le/DET esportazioni/NOUN verso/ADP il/DET Canada/PROPN/LOCATION sono/AUX aumentate/VERB del/ADP \
                60%/NUM in/ADP sette/NUM anni/NOUN ] "/PUNCT ./PUNCT"""));
    }

    @Test
    void coordinatedNamesInItalianAreAGroup() {
        Document d = Attributed.annotate("it", """
                Giorgia/PROPN/PERSON Meloni/PROPN/PERSON e/CCONJ Antonio/PROPN/PERSON Tajani/PROPN/PERSON hanno/AUX \
                dichiarato/VERB di/ADP «/PUNCT [p voler/AUX collaborare/VERB con/ADP tutti/DET ] »/PUNCT ./PUNCT""");
        assertEquals("q1 'voler collaborare con tutti' <- Giorgia Meloni e Antonio Tajani [name-cue-quote/group]",
                quotes(d));
        assertEquals("""
                s1 PERSON Giorgia Meloni role=null aff=null members=[] mentions=[Giorgia Meloni] quotes=[]
                s2 PERSON Antonio Tajani role=null aff=null members=[] mentions=[Antonio Tajani] quotes=[]
                s3 GROUP Giorgia Meloni e Antonio Tajani role=null aff=null members=[s1, s2] \
                mentions=[Giorgia Meloni e Antonio Tajani] quotes=[q1]""", QuoteStrings.speakers(d));
    }

    @Test
    void italianTitleWithNationalityGivesRoleAndAffiliation() {
        Document d = Attributed.annotate("it", """
                Il/DET premier/NOUN Giorgia/PROPN/PERSON Meloni/PROPN/PERSON ha/AUX incontrato/VERB il/DET \
                cancelliere/NOUN tedesco/ADJ Friedrich/PROPN/PERSON Merz/PROPN/PERSON ./PUNCT
                Nella/_ dichiarazione/NOUN congiunta/ADJ ,/PUNCT i/DET due/NUM leader/NOUN hanno/AUX ribadito/VERB \
                «/PUNCT [p il/DET pieno/ADJ sostegno/NOUN all'/ADP Ucraina/PROPN/LOCATION ] »/PUNCT ./PUNCT""");
        assertEquals("q1 'il pieno sostegno all'Ucraina' <- Giorgia Meloni e Friedrich Merz [name-cue-quote/group]",
                quotes(d));
        assertEquals("""
                s1 PERSON Giorgia Meloni role=Prime Minister aff=null members=[] mentions=[Giorgia Meloni] quotes=[]
                s2 PERSON Friedrich Merz role=Chancellor aff=Germany members=[] mentions=[Friedrich Merz] quotes=[]
                s3 GROUP Giorgia Meloni e Friedrich Merz role=null aff=null members=[s1, s2] mentions=[due leader] \
                quotes=[q1]""", QuoteStrings.speakers(d));
    }

    @Test
    void aKnownAliasJoinsThePersonUnderTheNameTheArticleAlsoUses() {
        assertEquals("q1 'preoccupato per il lavoro precario' <- Benedetto XVI [name-cue-quote]", quotes("it", """
                Papa/PROPN Benedetto/PROPN/PERSON XVI/PROPN/PERSON ha/AUX parlato/VERB del/ADP lavoro/NOUN ./PUNCT
                Joseph/PROPN/PERSON Ratzinger/PROPN/PERSON ha/AUX detto/VERB di/ADP essere/AUX «/PUNCT [p \
                preoccupato/ADJ per/ADP il/DET lavoro/NOUN precario/ADJ ] »/PUNCT ./PUNCT"""));
    }

    @Test
    void theNameAfterANounAndItsComplementIsTheNoun() {
        assertEquals("q1 'Sono felice' <- Elisa Novelli [quote-cue-name/nominal]", quotes("it", """
                La/DET figlia/NOUN di/ADP Marina/PROPN/PERSON Petrella/PROPN/PERSON ,/PUNCT Elisa/PROPN/PERSON \
                Novelli/PROPN/PERSON ,/PUNCT è/AUX arrivata/VERB a/ADP Parigi/PROPN/LOCATION ./PUNCT
                Marina/PROPN/PERSON Petrella/PROPN/PERSON è/AUX libera/ADJ ./PUNCT
                «/PUNCT [d Sono/AUX felice/ADJ ] »/PUNCT ,/PUNCT ha/AUX detto/VERB la/DET figlia/NOUN ./PUNCT"""));
    }

    @Test
    void aCapitalisedTitleAfterAnArticleIsTheNamedPerson() {
        assertEquals("q1 'Li stiamo deludendo' <- Fabio Mussi [quote-cue-name/nominal]", quotes("it", """
                Arrivano/VERB proteste/NOUN dal/ADP Ministro/NOUN dell'/ADP Università/PROPN/ORGANIZATION ,/PUNCT \
                Fabio/PROPN/PERSON Mussi/PROPN/PERSON ./PUNCT
                Anche/ADV Luca/PROPN/PERSON Bianchi/PROPN/PERSON critica/VERB la/DET manovra/NOUN ./PUNCT
                «/PUNCT [d Li/PRON stiamo/AUX deludendo/VERB ] »/PUNCT ,/PUNCT ha/AUX detto/VERB il/DET \
                Ministro/NOUN ./PUNCT"""));
    }

    @Test
    void aNameAfterAPrepositionIsNoSubjectForADroppedOne() {
        assertEquals("""
                q1 'Ci siamo capiti' <- Hans Küng [name-cue-quote]
                q2 'Non mi ha voluto ricevere' <- Hans Küng [name-cue-quote/prodrop]""", quotes("it", """
                Hans/PROPN/PERSON Küng/PROPN/PERSON ha/AUX dichiarato/VERB :/PUNCT «/PUNCT [d Ci/PRON siamo/AUX \
                capiti/VERB ] »/PUNCT ./PUNCT

                Al/_ tempo/NOUN di/ADP Papa/PROPN Giovanni/PROPN/PERSON Paolo/PROPN/PERSON II/PROPN/PERSON \
                era/AUX diverso/ADJ ./PUNCT
                Ha/AUX poi/ADV aggiunto/VERB :/PUNCT «/PUNCT [d Non/ADV mi/PRON ha/AUX voluto/VERB ricevere/VERB ] \
                »/PUNCT ./PUNCT"""));
    }

    @Test
    void anAppositionWithAnAdjectiveGivesTheRole() {
        assertEquals("q1 'Abbiamo fatto progressi' <- George W. Bush [quote-cue-name/nominal]", quotes("it", """
                George/PROPN/PERSON W./PROPN/PERSON Bush/PROPN/PERSON ,/PUNCT l'/DET attuale/ADJ \
                Presidente/NOUN degli/_ Stati/PROPN/LOCATION Uniti/PROPN/LOCATION ,/PUNCT ha/AUX parlato/VERB ./PUNCT
                Anche/ADV Nuri/PROPN/PERSON al-Maliki/PROPN/PERSON era/AUX presente/ADJ ./PUNCT
                «/PUNCT [d Abbiamo/AUX fatto/VERB progressi/NOUN ] »/PUNCT ,/PUNCT ha/AUX detto/VERB il/DET \
                Presidente/NOUN ./PUNCT"""));
    }

    @Test
    void aDefiniteRoleNoOneWasGivenIsThePersonNamedLast() {
        assertEquals("q1 'È il momento' <- Rosy Bindi [quote-cue-name/nominal]", quotes("it", """
                Pietro/PROPN/PERSON Grasso/PROPN/PERSON ,/PUNCT presidente/NOUN del/_ Senato/PROPN/ORGANIZATION ,/PUNCT \
                ha/AUX ricordato/VERB Falcone/PROPN/PERSON ./PUNCT
                Rosy/PROPN/PERSON Bindi/PROPN/PERSON ha/AUX ripreso/VERB l'/DET argomento/NOUN ./PUNCT
                «/PUNCT [d È/AUX il/DET momento/NOUN ] »/PUNCT ,/PUNCT ha/AUX detto/VERB la/DET senatrice/NOUN ./PUNCT"""));
    }

    @Test
    void theAgentAfterAParticipleCueSpeaks() {
        assertEquals("q1 'segno di rispetto' <- Giuseppe Pisanu [quote-cue-name]", quotes("it", """
                Gianfranco/PROPN/PERSON Fini/PROPN/PERSON è/AUX arrivato/VERB ./PUNCT
                Il/DET governo/NOUN ha/AUX sospeso/VERB gli/DET impegni/NOUN in/ADP «/PUNCT [p segno/NOUN di/ADP \
                rispetto/NOUN ] »/PUNCT ,/PUNCT come/ADV dichiarato/VERB dal/_ ministro/NOUN \
                Giuseppe/PROPN/PERSON Pisanu/PROPN/PERSON ./PUNCT"""));
    }
}
