package io.newsextract.api;

/**
 * A speech cue found in a sentence, a candidate every stage after reported speech reads: the speech verb or "according
 * to" phrase, the reported content it introduces, the name of the rule that found it ("cue-according-to",
 * "cue-trailing", "cue-content-after") and where the verb's subject stands ({@code null} for an "according to" phrase,
 * which names its source after it).
 */
public record SpeechCue(Span cue, Span content, String rule, SubjectSlot subject) {
}
