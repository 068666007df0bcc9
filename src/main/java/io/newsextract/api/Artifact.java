package io.newsextract.api;

/** What a stage can require from, or add to, a {@link Document}. The original text is always present. */
public enum Artifact {
    LANGUAGE,
    CLEAN_TEXT,
    METADATA,
    SENTENCES,
    POS_TAGS,
    LEMMAS,
    DEPENDENCIES,
    ENTITIES,
    QUOTES,
    SPEAKERS,
    SECTORS,
    PLEDGES
}
