package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.api.Span;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.reading.SubjectFinder;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clause of a content the learned cue model adds to the rules ({@link ReportedSpeechStage#clause}). */
class ContentClauseTest {

    /** The sentence of {@code notation} and the content that starts at word {@code from} and runs to its last word. */
    private record Content(Document doc, SentenceWords words, Span span) {
        static Content of(String notation, String from) {
            Document doc = TaggedDoc.parse("en", notation);
            LanguageResources en = TaggedDoc.RESOURCES.get("en");
            SentenceWords s = new SentenceWords(new SubjectFinder(doc.reading(), en.speech()), 0, en.speech(),
                    en.entityLabels());
            int k = 0;
            while (!s.word(k).equals(from)) {
                k++;
            }
            return new Content(doc, s, new Span(s.start(k), s.end(s.size - 2)));
        }
    }

    /** The clause of the content that starts at word {@code from} and runs to the sentence's last word. */
    private static String clause(String notation, String from) {
        Content c = Content.of(notation, from);
        Span clause = ReportedSpeechStage.clause(c.words(), c.span());
        return clause == null ? "none" : clause.of(c.doc().text());
    }

    /** Whether the content from word {@code from} to the sentence's last word opens with a finite clause. */
    private static boolean finite(String notation, String from) {
        Content c = Content.of(notation, from);
        return c.words().finiteClause(c.span());
    }

    /** Whether the content from word {@code from} to the sentence's last word opens with a small clause. */
    private static boolean small(String notation, String from) {
        Content c = Content.of(notation, from);
        return c.words().smallClause(c.span());
    }

    @Test
    void aFiniteClauseHasATensedVerbBeforeAnyPunctuation() {
        assertEquals(true, finite("The/DT poll/NN shows/VBZ Clinton/NNP/PERSON leads/VBZ by/IN five/CD points/NNS ./.",
                "Clinton"));
        assertEquals(true, finite("Researchers/NNS found/VBD that/IN the/DT plan/NN would/MD fail/VB ./.", "the"));
        assertEquals(false, finite("He/PRP showed/VBD no/DT signs/NNS of/IN backing/VBG down/RP ./.", "no"));
        assertEquals(false, finite("They/PRP agreed/VBD to/TO pay/VB the/DT fine/NN ,/, officials/NNS said/VBD ./.",
                "to"));
    }

    @Test
    void aSmallClauseIsANounPhraseRightBeforeAVerbThatIsNotFinite() {
        assertTrue(small("The/DT poll/NN shows/VBZ Clinton/NNP/PERSON leading/VBG by/IN five/CD points/NNS ./.",
                "Clinton"));
        assertTrue(small("Polls/NNS have/VBP shown/VBN the/DT senator/NN 's/POS lead/NN eroding/VBG ./.",
                "the"));
        assertFalse(small("He/PRP showed/VBD no/DT signs/NNS of/IN backing/VBG down/RP ./.", "no"));
        assertFalse(small("She/PRP found/VBD an/DT enhanced/VBN interest/NN in/IN it/PRP ./.", "an"));
        assertFalse(small("The/DT firm/NN admitted/VBD a/DT mistake/NN made/VBN by/IN its/PRP$ staff/NN ./.", "a"));
        assertFalse(small("The/DT poll/NN shows/VBZ Clinton/NNP/PERSON leads/VBZ by/IN five/CD points/NNS ./.",
                "Clinton"));
    }

    @Test
    void readsTheClausePastALeadingPrepositionalPhrase() {
        assertEquals("Clinton leads by five points", clause("The/DT poll/NN shows/VBZ in/IN a/DT close/JJ race/NN ,/, "
                + "Clinton/NNP/PERSON leads/VBZ by/IN five/CD points/NNS ./.", "in"));
    }

    @Test
    void anAdpositionBeforeAVerbOpensTheClause() {
        assertEquals("to cut taxes next year", clause("He/PRP wants/VBZ to/TO cut/VB taxes/NNS next/JJ year/NN ./.",
                "to"));
    }

    @Test
    void aContentWithoutAVerbOrWithoutASubjectPastThePhraseIsNoClause() {
        assertEquals("none", clause("She/PRP criticized/VBD the/DT new/JJ budget/NN plan/NN ./.", "the"));
        assertEquals("none", clause("Lee/NNP/PERSON ,/, speaking/VBG at/IN a/DT conference/NN ,/, struck/VBD a/DT "
                + "defiant/JJ tone/NN ./.", "at"));
    }

    @Test
    void aSentenceOpensWithAParticipleClauseBeforeItsSubject() {
        assertEquals(true, Content.of("Asked/VBN whether/IN the/DT work/NN would/MD take/VB long/RB ,/, she/PRP "
                + "was/VBD blunt/JJ ./.", "she").words().opensWithParticiple());
        assertEquals(false, Content.of("After/IN the/DT vote/NN ,/, she/PRP was/VBD blunt/JJ ./.", "she").words()
                .opensWithParticiple());
        assertEquals(false, Content.of("Officials/NNS asked/VBD whether/IN the/DT work/NN would/MD take/VB long/RB ./.",
                "whether").words().opensWithParticiple());
    }

    /** The noun phrase a cue of {@code group} reports from word {@code from} on, or "none". */
    private static String phrase(String notation, String from, String group) {
        Content c = Content.of(notation, from);
        Span phrase = ReportedSpeechStage.phrase(c.words(), c.span(), Set.of(group),
                new CueSettings.Phrases(Set.of("describe", "urge"), Set.of("describe", "evaluate", "urge"),
                        Set.of("about", "for", "on")));
        return phrase == null ? "none" : phrase.of(c.doc().text());
    }

    @Test
    void aPhraseIsTheObjectOfTheCueOrWhatFollowsATopicPreposition() {
        assertEquals("the release of prisoners", phrase("McConnell/NNP/PERSON cited/VBD the/DT release/NN of/IN "
                + "prisoners/NNS ./.", "the", "describe"));
        assertEquals("failing to act", phrase("She/PRP was/VBD criticized/VBN for/IN failing/VBG to/TO act/VB ./.",
                "for", "evaluate"));
    }

    @Test
    void aTopicPrepositionAfterTheCueOpensAPhraseButNotOneAfterAParticle() {
        assertEquals("Congress to act now", phrase("She/PRP called/VBD on/IN Congress/NNP to/TO act/VB now/RB ./.",
                "on", "urge"));
        assertEquals("none", phrase("The/DT office/NN pushed/VBD back/RP on/IN the/DT senator/NN 's/POS account/NN ./.",
                "on", "urge"));
        assertEquals("none", phrase("The/DT office/NN pushed/VBD back/RB on/IN the/DT senator/NN 's/POS account/NN ./.",
                "on", "urge"));
    }

    @Test
    void anAdverbBeforeATopicPrepositionIsNoParticle() {
        assertEquals("a moratorium on new schools", phrase("The/DT governor/NN called/VBD again/RB for/IN a/DT "
                + "moratorium/NN on/IN new/JJ schools/NNS ./.", "for", "urge"));
    }

    @Test
    void aTimePhraseAfterTheCueIsNoTopic() {
        assertEquals("a moratorium on new schools", phrase("The/DT governor/NN called/VBD on/IN Monday/NNP for/IN "
                + "a/DT moratorium/NN on/IN new/JJ schools/NNS ./.", "on", "urge"));
        assertEquals("a vote on the bill", phrase("Republicans/NNPS pushed/VBD on/IN Jan./NNP 5/CD for/IN a/DT vote/NN "
                + "on/IN the/DT bill/NN ./.", "on", "urge"));
        assertEquals("none", phrase("Republicans/NNPS pushed/VBD on/IN Wednesday/NNP ./.", "on", "urge"));
    }

    @Test
    void noPhraseAfterAnotherPrepositionNorAnObjectOfPraiseOrBlame() {
        assertEquals("none", phrase("Leaders/NNS described/VBD as/IN the/DT start/NN of/IN talks/NNS ./.", "as",
                "describe"));
        assertEquals("none", phrase("The/DT union/NN criticized/VBD the/DT decision/NN ./.", "the", "evaluate"));
    }
}
