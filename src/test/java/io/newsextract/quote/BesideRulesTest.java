package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.api.SpeechCue;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.reading.SubjectFinder;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cue the learned model adds in a sentence where the rules found one ({@link ReportedSpeechStage#besideRules}). */
class BesideRulesTest {

    /**
     * Whether the model's cue at word {@code cue} (its content the rest of the sentence) stands beside the rules'
     * contents, and those contents after the call: {@code true | 'content'}.
     */
    private static String beside(String notation, String cue) {
        Document doc = TaggedDoc.parse("en", notation);
        LanguageResources en = TaggedDoc.RESOURCES.get("en");
        SentenceWords s = new SentenceWords(new SubjectFinder(doc.reading(), en.speech()), 0, en.speech(),
                en.entityLabels());
        List<SpeechCue> rules = new ArrayList<>(new CueFinder(s).find(List.of()));
        int k = 0;
        while (!s.word(k).equals(cue)) {
            k++;
        }
        boolean beside = ReportedSpeechStage.besideRules(s, rules, s.span(k),
                s.trim(s.start(k + 1), s.end(s.size - 1)));
        return beside + " | " + rules.stream().map(r -> "'" + doc.textOf(r.content()) + "'")
                .collect(Collectors.joining(" "));
    }

    @Test
    void aCueAfterACommaInsideARulesContentEndsThatContentThere() {
        assertEquals("true | 'oil prices rose sharply'", beside("Analysts/NNS said/VBD oil/NN prices/NNS rose/VBD "
                + "sharply/RB ,/, citing/VBG the/DT strategic/JJ importance/NN of/IN the/DT strait/NN ./.", "citing"));
    }

    @Test
    void aCueInsideARulesContentWithoutACommaBeforeItIsNoneOfItsOwn() {
        assertEquals("false | 'oil prices rose as traders cited the importance of the strait'", beside("Analysts/NNS "
                + "said/VBD oil/NN prices/NNS rose/VBD as/IN traders/NNS cited/VBD the/DT importance/NN of/IN the/DT "
                + "strait/NN ./.", "cited"));
    }
}
