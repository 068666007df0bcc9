package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one language says about names, for the repairs of the entity tagger's runs, from {@code models/<lang>/}:
 * conjunctions that glue two names ({@code conjunctions.txt}), organisation and place nouns ({@code org-heads.txt},
 * {@code place-heads.txt}), lower-case words inside a name ({@code name-connectors.txt}), title phrases
 * ({@code title-phrases.txt}), one-word capitalised titles ({@code titles.tsv}), words that name a day
 * ({@code weekdays.txt}, {@code day-words.txt}), given names ({@code given-names.tsv}), well-known and generic names
 * ({@code known-names.tsv}, {@code generic-names.txt}), prepositions that end a name before lower-case words
 * ({@code name-tail-prepositions.txt}); and, from {@code models/name-marks.tsv} for every language, the marks of
 * English names: possessives, hyphens, the endings of a plural owner.
 */
public final class NameLexicon {

    /** A name whose type in news is not in doubt: its exact text and PERSON, ORGANIZATION or LOCATION. */
    public record KnownName(String text, String type) {
    }

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final List<String> MARKS = List.of("possessive", "hyphen", "plural-owner-ending");

    private final Set<String> conjunctions;
    private final Set<String> orgHeads;
    private final Set<String> placeHeads;
    private final Set<String> connectors;
    private final List<String> titlePhrases;
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> dayWords;
    private final Set<String> givenNames = new HashSet<>();
    private final List<KnownName> knownNames = new ArrayList<>();
    private final Set<String> genericNames;
    private final Set<String> tailPrepositions;
    private final Map<String, List<String>> marks = new HashMap<>();

    private NameLexicon(DataFolder data, String language) {
        conjunctions = lower(data.lines(language, "conjunctions.txt"));
        orgHeads = Set.copyOf(data.lines(language, "org-heads.txt"));
        placeHeads = Set.copyOf(data.lines(language, "place-heads.txt"));
        connectors = lower(data.lines(language, "name-connectors.txt"));
        titlePhrases = List.copyOf(data.lines(language, "title-phrases.txt"));
        List<String> days = new ArrayList<>(data.lines(language, "weekdays.txt"));
        days.addAll(data.lines(language, "day-words.txt"));
        dayWords = lower(days);
        genericNames = Set.copyOf(data.lines(language, "generic-names.txt"));
        tailPrepositions = lower(data.lines(language, "name-tail-prepositions.txt"));
        for (String[] row : data.table(language, "given-names.tsv", 2)) {
            for (String name : row[1].split(",")) {
                givenNames.add(name.strip());
            }
        }
        for (String[] row : data.table(language, "titles.tsv", 1)) {
            if (!row[0].contains(" ") && Character.isUpperCase(row[0].codePointAt(0))) {
                titleWords.add(row[0]);
            }
        }
        for (String[] row : data.table(language, "known-names.tsv", 2)) {
            if (!TYPES.contains(row[1])) {
                throw new PipelineException(DataFolder.name(language, "known-names.tsv") + ": unknown type "
                        + row[1] + " for " + row[0]);
            }
            knownNames.add(new KnownName(row[0], row[1]));
        }
        for (String[] row : data.table(null, "name-marks.tsv", 2)) {
            if (!MARKS.contains(row[0])) {
                throw new PipelineException(DataFolder.name(null, "name-marks.tsv") + ": unknown kind '" + row[0]
                        + "', known: " + MARKS);
            }
            marks.put(row[0], List.of(row[1].split(" +")));
        }
        for (String kind : MARKS) {
            if (!marks.containsKey(kind)) {
                throw new PipelineException(DataFolder.name(null, "name-marks.tsv") + ": missing kind '" + kind + "'");
            }
        }
    }

    static NameLexicon load(DataFolder data, String language) {
        return new NameLexicon(data, language);
    }

    /** Conjunctions, lower case ("and", "e"). */
    public Set<String> conjunctions() {
        return conjunctions;
    }

    /** Organisation nouns as written ("Agency", "Agenzia"). */
    public Set<String> orgHeads() {
        return orgHeads;
    }

    /** Place nouns as written ("Port", "via"). */
    public Set<String> placeHeads() {
        return placeHeads;
    }

    /** Lower-case words that join the words of one name ("of", "di"). */
    public Set<String> connectors() {
        return connectors;
    }

    /** Title phrases whose words are no entity of their own ("Prime Minister"). */
    public List<String> titlePhrases() {
        return titlePhrases;
    }

    /** One-word capitalised titles ("Secretary", "Ministro"). */
    public Set<String> titleWords() {
        return titleWords;
    }

    /** Words that name a day, lower case. */
    public Set<String> dayWords() {
        return dayWords;
    }

    /** Given names as written ("Valentina"). */
    public Set<String> givenNames() {
        return givenNames;
    }

    public List<KnownName> knownNames() {
        return knownNames;
    }

    /** Capitalised words that alone are no name ("Governo"). */
    public Set<String> genericNames() {
        return genericNames;
    }

    /** Prepositions that end a name when only lower-case words follow ("in", "a"), lower case. */
    public Set<String> tailPrepositions() {
        return tailPrepositions;
    }

    /** Endings of a plural owner inside a name ("Fishermen's"), lower case. */
    public List<String> pluralOwnerEndings() {
        return marks.get("plural-owner-ending");
    }

    /** Possessive marks as the tokenizers cut them ("'s", "’"). */
    public Set<String> possessives() {
        return Set.copyOf(marks.get("possessive"));
    }

    /** Hyphens that glue two words of a name. */
    public Set<String> hyphens() {
        return Set.copyOf(marks.get("hyphen"));
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
