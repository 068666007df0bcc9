package io.newsextract.reading;

import io.newsextract.api.Document;
import io.newsextract.api.Reading;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one subject finder on pre-tagged sentences: what stands before a verb, and the head of a subject. */
class SubjectFinderTest {

    /** The slot before the first word {@code verb} of the document, as {@code KIND 'word'}. */
    private static String before(String lang, String notation, String verb) {
        Document doc = TaggedDoc.parse(lang, notation);
        Reading r = doc.reading();
        SubjectFinder f = new SubjectFinder(r, TaggedDoc.RESOURCES.get(lang).speech());
        int v = indexOf(r, verb);
        io.newsextract.api.SubjectSlot s = f.before(v, r.sentenceStart(r.sentence(v)));
        return s.kind() + " '" + r.surface(s.word()) + "'";
    }

    private static int indexOf(Reading r, String word) {
        for (int i = 0; i < r.size(); i++) {
            if (r.surface(i).equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    @Test
    void pastAuxiliariesAdverbsAndClitics() {
        assertEquals("WORD 'ministro'", before("it",
                "Il/DET ministro/NOUN si/PRON è/AUX impegnato/VERB a/ADP presentare/VERB la/DET riforma/NOUN ./PUNCT",
                "impegnato"));
        assertEquals("WORD 'Lee'", before("en",
                "Lee/NNP/PERSON has/VBZ also/RB said/VBD that/IN prices/NNS will/MD fall/VB ./.", "said"));
    }

    @Test
    void pastABracketedInsertion() {
        assertEquals("WORD 'Burgess'", before("en",
                "Burgess/NNP/PERSON (/-LRB- R-S.C./NNP )/-RRB- said/VBD the/DT bill/NN would/MD pass/VB ./.", "said"));
    }

    @Test
    void nothingBeforeAVerbThatOpensTheSentence() {
        assertEquals("NONE 'Ha'", before("it",
                "Ha/AUX detto/VERB che/SCONJ il/DET piano/NOUN è/AUX pronto/ADJ ./PUNCT", "detto"));
    }

    @Test
    void aConjunctionJoinsTheVerbToAnEarlierOne() {
        assertEquals("CONJOINED 'and'", before("en",
                "Lee/NNP/PERSON said/VBD prices/NNS would/MD fall/VB and/CC warned/VBD that/IN rates/NNS "
                        + "would/MD rise/VB ./.", "warned"));
    }

    @Test
    void aRelativeAfterACommaHasItsAntecedentAsSubject() {
        assertEquals("RELATIVE 'che'", before("it",
                "Parla/VERB Morandi/PROPN/PERSON ,/PUNCT che/PRON ha/AUX ribadito/VERB la/DET richiesta/NOUN ./PUNCT",
                "ribadito"));
    }

    @Test
    void aQuoteBeforeAVerbOutsideItLeavesTheSubjectAfterTheVerb() {
        assertEquals("AFTER_QUOTE '»'", before("it",
                "«/PUNCT [d Faremo/VERB presto/ADV ] »/PUNCT ,/PUNCT ha/AUX detto/VERB Rossi/PROPN/PERSON ./PUNCT",
                "detto"));
    }

    @Test
    void aQuoteThatOpensBeforeTheVerbLeavesTheSubjectBeforeIt() {
        assertEquals("WORD 'partito'", before("it",
                "Il/DET partito/NOUN «/PUNCT [p non/ADV voterà/VERB mai/ADV l'/DET accordo/NOUN ] »/PUNCT ./PUNCT",
                "voterà"));
    }

    @Test
    void theOpeningCommaOfAnInsertionAndTheHeadOfASubject() {
        Document doc = TaggedDoc.parse("en", "The/DT Minister/NNP for/IN Health/NNP ,/, Lee/NNP/PERSON ,/, "
                + "will/MD build/VB hospitals/NNS ./.");
        Reading r = doc.reading();
        SubjectFinder f = new SubjectFinder(r, TaggedDoc.RESOURCES.get("en").speech());
        assertEquals("WORD ',' opens 4 head 'Minister'", before("en", TaggedDoc.write(doc), "build") + " opens "
                + f.insertionStart(6, 0) + " head '" + r.surface(f.head(3, 0)) + "'");
    }
}
