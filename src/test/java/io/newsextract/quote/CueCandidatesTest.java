package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.api.Reading;
import io.newsextract.api.SpeechCue;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The speech-cue candidates reported speech leaves in the reading for the later stages, with their subjects. */
class CueCandidatesTest {

    private static final ReportedSpeechStage STAGE = new ReportedSpeechStage(TaggedDoc.RESOURCES);

    /** Each candidate as {@code rule 'cue' subject KIND 'word' -> 'content'}. */
    private static String cues(String lang, String notation) {
        Reading r = STAGE.annotate(TaggedDoc.parse(lang, notation)).reading();
        return r.cues().stream().map(c -> c.rule() + " '" + c.cue().of(r.text()) + "' subject "
                + subject(r, c) + " -> '" + c.content().of(r.text()) + "'").collect(Collectors.joining(" | "));
    }

    private static String subject(Reading r, SpeechCue c) {
        return c.subject() == null ? "none" : c.subject().kind() + " '" + r.surface(c.subject().word()) + "'";
    }

    @Test
    void eachCueCarriesWhereItsSubjectStands() {
        assertEquals("cue-content-after 'said' subject WORD 'Smith' -> 'the bill would fail in the Senate' | "
                        + "cue-content-after 'warned' subject CONJOINED 'and' -> 'rates would rise'",
                cues("en", "John/NNP/PERSON Smith/NNP/PERSON said/VBD that/IN the/DT bill/NN would/MD fail/VB "
                        + "in/IN the/DT Senate/NNP and/CC warned/VBD that/IN rates/NNS would/MD rise/VB ./."));
    }

    @Test
    void aContentEndsAtACommaBeforeAlthoughOrThough() {
        // models/en/content-breaks.txt: ", although" and ", though" end the content as ", but" does
        assertEquals("cue-content-after 'said' subject WORD 'Smith' -> 'paying no taxes was smart'",
                cues("en", "Smith/NNP/PERSON said/VBD paying/VBG no/DT taxes/NNS was/VBD smart/JJ ,/, although/IN "
                        + "he/PRP again/RB refused/VBD to/TO release/VB his/PRP$ returns/NNS ./."));
        assertEquals("cue-content-after 'said' subject WORD 'Smith' -> 'the plan would work'",
                cues("en", "Smith/NNP/PERSON said/VBD the/DT plan/NN would/MD work/VB ,/, though/IN he/PRP "
                        + "gave/VBD no/DT details/NNS ./."));
    }

    @Test
    void anAccordingToPhraseNamesItsSourceAfterIt() {
        assertEquals("cue-according-to 'Secondo' subject none -> 'il governo durerà fino alla fine'",
                cues("it", "Secondo/ADP il/DET ministro/NOUN ,/PUNCT il/DET governo/NOUN durerà/VERB fino/ADV "
                        + "alla/ADP fine/NOUN ./PUNCT"));
    }

    @Test
    void aParticipleSharesItsSentencesSubject() {
        assertEquals("cue-content-after 'spiegando' subject SHARED 'spiegando' -> 'il bilancio sarà discusso a novembre'",
                cues("it", "Meloni/PROPN/PERSON non/ADV si/PRON è/AUX impegnata/VERB ,/PUNCT spiegando/VERB "
                        + "che/SCONJ il/DET bilancio/NOUN sarà/AUX discusso/VERB a/ADP novembre/NOUN ./PUNCT"));
    }
}
