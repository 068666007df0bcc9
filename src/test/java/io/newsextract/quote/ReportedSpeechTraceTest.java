package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reported speech names in the trace the cue rule of each indirect quote and the rule that dropped each candidate. */
class ReportedSpeechTraceTest {

    private static final ReportedSpeechStage STAGE = new ReportedSpeechStage(TaggedDoc.RESOURCES);

    private static String trace(String lang, String notation) {
        Document d = STAGE.annotate(new QuoteDetectionStage(TaggedDoc.RESOURCES).annotate(TaggedDoc.parse(lang,
                notation)));
        return d.trace().stream().filter(x -> x.stage().equals("reported-speech"))
                .map(x -> x.rule() + " " + x.verdict() + " '" + x.text() + "' (" + x.note() + ")")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void eachIndirectQuoteNamesItsCueRule() {
        assertEquals("""
                cue-content-after MADE 'the bill would fail in the Senate' (said)
                cue-according-to MADE 'il governo durerà fino alla fine' (Secondo)""", trace("en",
                "John/NNP/PERSON Smith/NNP/PERSON said/VBD that/IN the/DT bill/NN would/MD fail/VB in/IN the/DT "
                        + "Senate/NNP ./.") + "\n" + trace("it", "Secondo/ADP il/DET ministro/NOUN ,/PUNCT il/DET "
                + "governo/NOUN durerà/VERB fino/ADV alla/ADP fine/NOUN ./PUNCT"));
    }

    @Test
    void droppedCandidatesSayWhy() {
        assertEquals("""
                cue-mostly-quoted DROPPED '“the plan was dead on arrival and beyond saving”' (cue-content-after \
                'said': mostly quoted)
                cue-short-content DROPPED 'no' (cue-content-after content under 3 words)""", trace("en",
                "Smith/NNP/PERSON said/VBD that/IN “/`` the/DT plan/NN was/VBD dead/JJ on/IN arrival/NN and/CC "
                        + "beyond/IN saving/VBG ”/'' ./.\nJones/NNP/PERSON said/VBD no/UH ./."));
    }
}
