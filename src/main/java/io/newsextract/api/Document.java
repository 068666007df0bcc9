package io.newsextract.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The article as it moves through the pipeline. Immutable: each stage returns a copy with its own artifact set.
 * All offsets in it point into {@link #text()}, the original text.
 *
 * <p>In the pipeline's checking mode (see {@link Pipeline.Builder#checkReads()}) a stage gets a copy that lets it read
 * only the artifacts it declares: the accessor of any other artifact throws {@link UndeclaredReadException}, and POS
 * tags and lemmas it does not declare are not in the tokens it gets.
 */
public final class Document {

    private final String docId;
    private final String source;
    private final String text;
    private final DetectedLanguage language;
    private final CleanText clean;
    private final Metadata metadata;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final List<Quote> quotes;
    private final List<Speaker> speakers;
    private final List<SectorHit> sectors;
    private final List<Pledge> pledges;
    private final List<String> warnings;
    private final List<Decision> trace;
    private final Reading reading;
    /** What a stage in checking mode may read; null: everything. */
    private final Set<Artifact> readable;

    Document(String docId, String source, String text, DetectedLanguage language, CleanText clean, Metadata metadata,
             List<Sentence> sentences, List<EntityMention> entities, List<Quote> quotes, List<Speaker> speakers,
             List<SectorHit> sectors, List<Pledge> pledges, List<String> warnings, List<Decision> trace,
             Reading reading, Set<Artifact> readable) {
        this.docId = docId;
        this.source = source;
        this.text = text;
        this.language = language;
        this.clean = clean;
        this.metadata = metadata;
        this.sentences = List.copyOf(sentences);
        this.entities = List.copyOf(entities);
        this.quotes = List.copyOf(quotes);
        this.speakers = List.copyOf(speakers);
        this.sectors = List.copyOf(sectors);
        this.pledges = List.copyOf(pledges);
        this.warnings = List.copyOf(warnings);
        this.trace = List.copyOf(trace);
        this.reading = reading;
        this.readable = readable;
    }

    public static Document of(String docId, String source, String text) {
        return new Document(docId, source, text, null, CleanText.unchanged(text), Metadata.NONE,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }

    public String docId() {
        return docId;
    }

    public String source() {
        return source;
    }

    /** The original text. */
    public String text() {
        return text;
    }

    public DetectedLanguage language() {
        return read(Artifact.LANGUAGE, language);
    }

    public CleanText clean() {
        return read(Artifact.CLEAN_TEXT, clean);
    }

    public Metadata metadata() {
        return read(Artifact.METADATA, metadata);
    }

    public List<Sentence> sentences() {
        return read(Artifact.SENTENCES, sentences);
    }

    public List<EntityMention> entities() {
        return read(Artifact.ENTITIES, entities);
    }

    /** The quotes found so far: direct and partial quotes, reported speech, attributed or not. */
    public List<Quote> quotes() {
        if (readable != null && !readable.contains(Artifact.QUOTE_SPANS) && !readable.contains(Artifact.REPORTED_SPEECH)
                && !readable.contains(Artifact.ATTRIBUTED_QUOTES)) {
            throw new UndeclaredReadException(Artifact.QUOTE_SPANS);
        }
        return quotes;
    }

    public List<Speaker> speakers() {
        return read(Artifact.SPEAKERS, speakers);
    }

    public List<SectorHit> sectors() {
        return read(Artifact.SECTORS, sectors);
    }

    public List<Pledge> pledges() {
        return read(Artifact.PLEDGES, pledges);
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The debug trace of rule decisions (see {@link Decision}). */
    public List<Decision> trace() {
        return trace;
    }

    /** The shared reading of the text (words, paragraphs, word classes, quote spans, speech cues); null before it is built. */
    public Reading reading() {
        return read(Artifact.READING, reading);
    }

    private <T> T read(Artifact a, T value) {
        if (readable != null && !readable.contains(a)) {
            throw new UndeclaredReadException(a);
        }
        return value;
    }

    /** The ISO 639-1 language code, or "und" before detection. The pipeline chooses stages by it: always readable. */
    public String languageCode() {
        return language == null ? DetectedLanguage.UNDETERMINED : language.code();
    }

    /** The original text of a span. */
    public String textOf(Span span) {
        return span.of(text);
    }

    public Document withLanguage(DetectedLanguage value) {
        return new Document(docId, source, text, value, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withClean(CleanText value) {
        return new Document(docId, source, text, language, value, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withMetadata(Metadata value) {
        return new Document(docId, source, text, language, clean, value, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withSentences(List<Sentence> value) {
        return new Document(docId, source, text, language, clean, metadata, value, entities, quotes, speakers,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withEntities(List<EntityMention> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, value, quotes, speakers,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withQuotes(List<Quote> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, value, speakers,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withSpeakers(List<Speaker> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, value,
                sectors, pledges, warnings, trace, reading, readable);
    }

    public Document withSectors(List<SectorHit> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                value, pledges, warnings, trace, reading, readable);
    }

    public Document withPledges(List<Pledge> value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, value, warnings, trace, reading, readable);
    }

    public Document withReading(Reading value) {
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, trace, value, readable);
    }

    public Document withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, more, trace, reading, readable);
    }

    /** Adds decisions to the debug trace (see {@link Decision}). */
    public Document withDecisions(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return this;
        }
        List<Decision> more = new ArrayList<>(trace);
        more.addAll(decisions);
        return new Document(docId, source, text, language, clean, metadata, sentences, entities, quotes, speakers,
                sectors, pledges, warnings, more, reading, readable);
    }

    /** All tokens of all sentences, in text order. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence s : sentences()) {
            all.addAll(s.tokens());
        }
        return all;
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences()) {
            n += s.tokens().size();
        }
        return n;
    }

    /**
     * A copy that lets a stage read only {@code allowed}; without {@link Artifact#POS_TAGS} or {@link Artifact#LEMMAS}
     * its tokens carry no tags or lemmas.
     */
    Document restrictedTo(Set<Artifact> allowed) {
        Set<Artifact> set = allowed.isEmpty() ? EnumSet.noneOf(Artifact.class) : EnumSet.copyOf(allowed);
        boolean tags = set.contains(Artifact.POS_TAGS);
        boolean lemmas = set.contains(Artifact.LEMMAS);
        List<Sentence> seen = tags && lemmas ? sentences : sentences.stream().map(s -> s.withTokens(s.tokens().stream()
                .map(t -> t.withTags(tags ? t.pos() : null, lemmas ? t.lemma() : null)).toList())).toList();
        return new Document(docId, source, text, language, clean, metadata, seen, entities, quotes, speakers,
                sectors, pledges, warnings, trace, reading, set);
    }

    /**
     * What a stage that got {@code restricted} (a copy of this document) returned, readable again, its tokens with
     * the tags and lemmas the restricted copy hid.
     */
    Document unrestricted(Document restricted, Document returned) {
        List<Sentence> s = returned.sentences == restricted.sentences ? sentences : returned.sentences;
        boolean tagsHidden = !restricted.readable.contains(Artifact.POS_TAGS);
        boolean lemmasHidden = !restricted.readable.contains(Artifact.LEMMAS);
        if (s != sentences && (tagsHidden || lemmasHidden) && s.size() == sentences.size()) {
            List<Sentence> restored = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                List<Token> mine = sentences.get(i).tokens();
                List<Token> theirs = s.get(i).tokens();
                List<Token> tokens = new ArrayList<>(theirs.size());
                for (int k = 0; k < theirs.size(); k++) {
                    Token t = theirs.get(k);
                    Token o = k < mine.size() ? mine.get(k) : t;
                    tokens.add(t.withTags(tagsHidden ? o.pos() : t.pos(), lemmasHidden ? o.lemma() : t.lemma()));
                }
                restored.add(s.get(i).withTokens(tokens));
            }
            s = restored;
        }
        return new Document(returned.docId, returned.source, returned.text, returned.language, returned.clean,
                returned.metadata, s, returned.entities, returned.quotes, returned.speakers, returned.sectors,
                returned.pledges, returned.warnings, returned.trace, returned.reading, null);
    }

    /** Thrown in checking mode when a stage reads an artifact it did not declare. */
    public static final class UndeclaredReadException extends PipelineException {
        public UndeclaredReadException(Artifact artifact) {
            super("read " + artifact + " without declaring it");
        }
    }
}
