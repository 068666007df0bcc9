package io.newsextract.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The article as it moves through the pipeline. Immutable: each stage returns a copy with its own artifact set.
 * All offsets in it point into {@link #text()}, the original text.
 */
public record Document(String docId, String source, String text, DetectedLanguage language, CleanText clean,
                       Metadata metadata, List<Sentence> sentences, List<EntityMention> entities,
                       List<Quote> quotes, List<Speaker> speakers, List<SectorHit> sectors, List<Pledge> pledges,
                       List<String> warnings, List<Decision> trace) {

    public Document {
        trace = List.copyOf(trace);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        sectors = List.copyOf(sectors);
        pledges = List.copyOf(pledges);
        warnings = List.copyOf(warnings);
    }

    public static Document of(String docId, String source, String text) {
        return new Document(docId, source, text, null, CleanText.unchanged(text), Metadata.NONE,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The ISO 639-1 language code, or "und" before detection. */
    public String languageCode() {
        return language == null ? DetectedLanguage.UNDETERMINED : language.code();
    }

    /** The original text of a span. */
    public String textOf(Span span) {
        return span.of(text);
    }

    public Document withLanguage(DetectedLanguage value) {
        return new Document(docId, source, text, value, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace);
    }

    public Document withClean(CleanText value) {
        return new Document(docId, source, text, language, value, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace);
    }

    public Document withMetadata(Metadata value) {
        return new Document(docId, source, text, language, clean, value, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace);
    }

    public Document withSentences(List<Sentence> value) {
        return new Document(docId, source, text, language, clean, metadata, value, entities, quotes, speakers,
                sectors, pledges, warnings, trace);
    }

    public Document withEntities(List<EntityMention> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, value, quotes, speakers,
                sectors, pledges, warnings, trace);
    }

    public Document withQuotes(List<Quote> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, value, speakers,
                sectors, pledges, warnings, trace);
    }

    public Document withSpeakers(List<Speaker> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, value,
                sectors, pledges, warnings, trace);
    }

    public Document withSectors(List<SectorHit> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                value, pledges, warnings, trace);
    }

    public Document withPledges(List<Pledge> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, value, warnings, trace);
    }

    public Document withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, more, trace);
    }

    /** Adds decisions to the debug trace (see {@link Decision}). */
    public Document withDecisions(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return this;
        }
        List<Decision> more = new ArrayList<>(trace);
        more.addAll(decisions);
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, more);
    }

    /** All tokens of all sentences, in text order. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.tokens());
        }
        return all;
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
