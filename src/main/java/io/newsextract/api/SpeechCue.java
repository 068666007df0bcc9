package io.newsextract.api;

/**
 * A speech cue found in a sentence: the speech verb or "according to" phrase, the reported content it introduces,
 * and the name of the rule that found it ("according-to", "trailing-cue", "content-after"). Reported speech,
 * attribution and commitments read the same candidates.
 */
public record SpeechCue(Span cue, Span content, String rule) {
}
