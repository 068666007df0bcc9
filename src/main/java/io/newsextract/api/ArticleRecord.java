package io.newsextract.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One article's output, field for field the contract of SCHEMA.md (version 2). */
@JsonPropertyOrder({"schemaVersion", "docId", "source", "language", "languageConfidence", "published", "dateline",
        "entities", "speakers", "quotes", "sectors", "pledges", "warnings", "trace"})
public record ArticleRecord(String schemaVersion, String docId, String source, String language, Double languageConfidence,
                            String published, String dateline, List<EntityMention> entities, List<Speaker> speakers,
                            List<Quote> quotes, List<SectorHit> sectors, List<Pledge> pledges, List<String> warnings,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<Decision> trace) {

    public static final String SCHEMA_VERSION = "2";

    /** The record of an annotated document, without the debug trace. */
    public static ArticleRecord of(Document d) {
        return of(d, false);
    }

    /** The record of an annotated document; with {@code withTrace}, also every rule decision (field "trace"). */
    public static ArticleRecord of(Document d, boolean withTrace) {
        DetectedLanguage lang = d.language();
        return new ArticleRecord(SCHEMA_VERSION, d.docId(), d.source(), d.languageCode(),
                lang == null ? null : lang.confidence(),
                d.metadata().published() == null ? null : d.metadata().published().toString(),
                d.metadata().dateline(), d.entities(), d.speakers(), d.quotes(), d.sectors(), d.pledges(),
                d.warnings(), withTrace ? d.trace() : null);
    }
}
