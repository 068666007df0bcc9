package io.newsextract.api;

/**
 * What a stage can require from, or add to, a {@link Document}. The original text is always present. The three
 * quote artifacts all live in {@link Document#quotes()}, each stage adding to what the one before found.
 */
public enum Artifact {
    LANGUAGE,
    CLEAN_TEXT,
    METADATA,
    SENTENCES,
    POS_TAGS,
    LEMMAS,
    ENTITIES,
    /** The shared {@link Reading}: words, paragraphs, word classes (then quote spans and speech cues as found). */
    READING,
    /** Direct and partial quotes, with their marks in the reading. */
    QUOTE_SPANS,
    /** Indirect quotes (reported speech) with their cues, and the speech cues in the reading. */
    REPORTED_SPEECH,
    /** Quotes with their speaker, method and confidence. */
    ATTRIBUTED_QUOTES,
    SPEAKERS,
    SECTORS,
    PLEDGES
}
