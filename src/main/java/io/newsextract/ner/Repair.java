package io.newsextract.ner;

import java.util.Arrays;
import java.util.List;

/**
 * The named repairs of the entity stage, the one place their names are written: each repair that changes, drops or
 * makes a mention records its {@link #rule()} in the debug trace, which {@code eval --by-method} counts.
 */
enum Repair {
    // a run's extent and type (RunRepairs)
    TRIM_LOWERCASE_START, TRIM_DAY_WORDS, CUT_LOWERCASE_TAIL, EXTEND_OVER_PREPOSITION, EXTEND_OVER_ADJECTIVE,
    HEAD_FIRST_ORGANISATION, PLACE_BY_HEAD,
    // the gazette's names and names split by hyphens (KnownNames, GluedNames)
    KNOWN_NAME, JOIN_ACROSS_HYPHENS,
    // the mentions of a sentence (MentionRules, with shapes from GluedNames and TextShapes)
    DROP_FUNCTION_WORD, JOIN_HYPHENATED, DATELINE_PLACE, EXTEND_OVER_COORDINATION, SPLIT_AT_POSSESSIVE,
    SPLIT_COUNTRIES, STRIP_TITLE, DROP_PARTY_LETTER, SPLIT_ORGANISATION_PERSON, COUNTRY_AS_LOCATION,
    DROP_GENERIC_WORD, DROP_PORTFOLIO, ORGANISATION_BY_HEAD, UNTAGGED_DATELINE, DROP_NESTED, DROP_SAME_START,
    // the mentions of the document (EntityRecognitionStage)
    LONE_SURNAME, SURNAME_IS_PERSON, PLACE_NAME_IS_PLACE, ORG_HEAD_IS_ORGANISATION;

    /** The repair's name in the trace: "trim-lowercase-start". */
    String rule() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Every repair's name, in the order above. */
    static List<String> rules() {
        return Arrays.stream(values()).map(Repair::rule).toList();
    }
}
