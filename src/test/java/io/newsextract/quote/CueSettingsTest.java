package io.newsextract.quote;

import io.newsextract.api.PipelineException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading {@code reported-speech.properties}: who decides the cues, and which groups the model may add. */
class CueSettingsTest {

    @Test
    void readsTheModeAndTheGroupsTheModelAdds() {
        assertEquals(new CueSettings(CueSettings.Mode.RULES_PLUS_MODEL, Set.of("speech", "think")),
                CueSettings.parse("xx", List.of("cues = rules+model", "model-adds = speech, think")));
        assertEquals(CueSettings.RULES, CueSettings.parse("xx", List.of()));
    }

    @Test
    void readsTheGroupsTheModelAddsOnlyBeforeAFiniteClause() {
        CueSettings set = CueSettings.parse("xx", List.of("cues = rules+model", "model-adds = speech",
                "model-adds-finite = show, fear"));
        assertEquals(Set.of("show", "fear"), set.finiteAdds());
        assertEquals(true, set.adds("show"));
        assertEquals(false, set.addsAnyContent("show"));
        assertEquals(true, set.addsAnyContent("speech"));
        assertEquals(false, set.adds("promise"));
    }

    @Test
    void readsTheGroupsTheModelAddsWithANounPhrase() {
        CueSettings set = CueSettings.parse("xx", List.of("cues = rules+model", "model-adds-object = describe",
                "model-adds-topic = describe, evaluate", "topic-prepositions = about, for"));
        assertEquals(new CueSettings.Phrases(Set.of("describe"), Set.of("describe", "evaluate"),
                Set.of("about", "for")), set.phrases());
        assertEquals(true, set.adds("evaluate"));
        assertEquals(false, set.addsAnyContent("evaluate"));
    }

    @Test
    void readsWhetherTheModelAddsCuesBesideTheRules() {
        assertEquals(false, CueSettings.parse("xx", List.of("cues = rules+model")).besideRules());
        assertEquals(true, CueSettings.parse("xx", List.of("cues = rules+model", "model-beside-rules = true"))
                .besideRules());
        assertThrows(PipelineException.class, () -> CueSettings.parse("xx", List.of("model-beside-rules = yes")));
    }

    @Test
    void readsWhetherAHeadlineMayNameItsSource() {
        assertEquals(false, CueSettings.parse("xx", List.of("cues = rules")).headlines());
        assertEquals(true, CueSettings.parse("xx", List.of("cues = rules", "headline-cue = true")).headlines());
        assertThrows(PipelineException.class, () -> CueSettings.parse("xx", List.of("headline-cue = 1")));
    }

    @Test
    void rejectsAnUnknownKeyOrMode() {
        assertThrows(PipelineException.class, () -> CueSettings.parse("xx", List.of("cue = model")));
        assertThrows(PipelineException.class, () -> CueSettings.parse("xx", List.of("cues = both")));
    }
}
