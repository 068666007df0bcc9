package io.newsextract.ner;

import io.newsextract.api.Decision;
import io.newsextract.api.EntityMention;
import io.newsextract.lexicon.LanguageResources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One name, one type across an article: lone surnames and organisation heads follow their full names. */
class EntityTypeConsistencyTest {

    private static final MentionRules ENGLISH = new MentionRules(LanguageResources.load(List.of("en")).get("en"));

    private final List<Decision> decisions = new ArrayList<>();

    private String types(List<EntityMention> mentions) {
        return String.join(", ", EntityRecognitionStage.consistentTypes(mentions, ENGLISH, decisions).stream()
                .map(m -> m.text() + " " + m.type()).toList());
    }

    private String decisions() {
        return String.join("; ", decisions.stream()
                .map(d -> d.rule() + " " + d.verdict() + " [" + d.start() + "," + d.end() + ") " + d.note()).toList());
    }

    @Test
    void aSurnameTaggedAsAPlaceIsThePerson() {
        List<EntityMention> in = List.of(new EntityMention("e1", "Claire Beaumont", "PERSON", null, 0, 15),
                new EntityMention("e2", "Beaumont", "LOCATION", null, 30, 38),
                new EntityMention("e3", "Italy", "LOCATION", null, 50, 55));
        assertEquals("Claire Beaumont PERSON, Beaumont PERSON, Italy LOCATION",
                types(in));
        assertEquals("surname-is-person CHANGED [30,38) LOCATION→PERSON", decisions());
    }

    @Test
    void theHeadOfAnOrganisationTaggedAsAPersonIsTheOrganisation() {
        List<EntityMention> in = List.of(new EntityMention("e1", "Halvorsen Foods", "ORGANIZATION", null, 0, 15),
                new EntityMention("e2", "Halvorsen", "PERSON", null, 30, 39),
                new EntityMention("e3", "Laura Brennan", "PERSON", null, 50, 63));
        assertEquals("Halvorsen Foods ORGANIZATION, Halvorsen ORGANIZATION, Laura Brennan PERSON",
                types(in));
        assertEquals("org-head-is-organisation CHANGED [30,39) PERSON→ORGANIZATION", decisions());
    }
}
