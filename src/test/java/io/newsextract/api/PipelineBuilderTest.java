package io.newsextract.api;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineBuilderTest {

    /** A stage that only records its name in the warnings, so the order of execution is visible. */
    private record Fake(String name, Set<Artifact> requires, Set<Artifact> produces, Set<String> languages)
            implements Stage {
        @Override
        public boolean supports(String language) {
            return languages.isEmpty() || languages.contains(language);
        }

        @Override
        public Document annotate(Document document) {
            Document d = document.withWarning("ran " + name);
            return produces.contains(Artifact.LANGUAGE) ? d.withLanguage(new DetectedLanguage("fr", 0.9)) : d;
        }
    }

    @Test
    void refusesAStageWhoseRequirementNoEarlierStageProduces() {
        Pipeline.Builder b = Pipeline.builder()
                .add(new Fake("language", Set.of(), Set.of(Artifact.LANGUAGE), Set.of()))
                .add(new Fake("ner", Set.of(Artifact.SENTENCES), Set.of(Artifact.ENTITIES), Set.of()));
        PipelineException e = assertThrows(PipelineException.class, b::build);
        assertEquals("stage 'ner' requires [SENTENCES] but no earlier stage produces it", e.getMessage());
    }

    @Test
    void refusesARequirementProducedOnlyLater() {
        Pipeline.Builder b = Pipeline.builder()
                .add(new Fake("ner", Set.of(Artifact.SENTENCES), Set.of(Artifact.ENTITIES), Set.of()))
                .add(new Fake("segment", Set.of(), Set.of(Artifact.SENTENCES), Set.of()));
        assertThrows(PipelineException.class, b::build);
    }

    /** A stage that can use an artifact when it is there. */
    private record Optional(String name, Set<Artifact> uses) implements Stage {
        @Override
        public Set<Artifact> requires() {
            return Set.of();
        }

        @Override
        public Set<Artifact> produces() {
            return Set.of(Artifact.PLEDGES);
        }

        @Override
        public Document annotate(Document document) {
            return document.withWarning("ran " + name);
        }
    }

    @Test
    void anOptionalArtifactMayBeMissingButNotProducedTooLate() {
        Stage quotes = new Fake("quotes", Set.of(), Set.of(Artifact.QUOTE_SPANS), Set.of());
        Stage pledges = new Optional("pledges", Set.of(Artifact.QUOTE_SPANS));
        Pipeline without = Pipeline.builder().add(pledges).build();
        assertEquals("ran pledges", without.annotate(Document.of("d", "d.txt", "x")).warnings().get(0));
        Pipeline.builder().add(quotes).add(pledges).build();
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(pledges).add(quotes).build());
        assertEquals("stage 'pledges' uses QUOTE_SPANS but runs before 'quotes', which produces it", e.getMessage());
    }

    @Test
    void refusesTwoStagesWithOneName() {
        Pipeline.Builder b = Pipeline.builder()
                .add(new Fake("x", Set.of(), Set.of(), Set.of()))
                .add(new Fake("x", Set.of(), Set.of(), Set.of()));
        assertThrows(PipelineException.class, b::build);
    }

    @Test
    void skipsStagesOfOtherLanguagesAndTheirDependentsWithAWarning() {
        Pipeline p = Pipeline.builder()
                .add(new Fake("language", Set.of(), Set.of(Artifact.LANGUAGE), Set.of()))
                .add(new Fake("segment", Set.of(Artifact.LANGUAGE), Set.of(Artifact.SENTENCES), Set.of("en", "it")))
                .add(new Fake("ner", Set.of(Artifact.SENTENCES), Set.of(Artifact.ENTITIES), Set.of()))
                .build();
        Document d = p.annotate(Document.of("d", "d.txt", "Bonjour tout le monde."));
        assertEquals("fr", d.languageCode());
        assertEquals("ran language", d.warnings().get(0));
        assertEquals(2, d.warnings().size());
        assertTrue(d.warnings().get(1).contains("skipped segment, ner"), d.warnings().get(1));
    }
}
