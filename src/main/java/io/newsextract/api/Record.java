package io.newsextract.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One article's output, field for field the contract of SCHEMA.md (version 1). */
@JsonPropertyOrder({"schemaVersion", "docId", "source", "language", "languageConfidence", "published", "dateline",
        "entities", "speakers", "quotes", "sectors", "pledges", "warnings"})
public record Record(String schemaVersion, String docId, String source, String language, Double languageConfidence,
                     String published, String dateline, List<EntityMention> entities, List<Speaker> speakers,
                     List<Quote> quotes, List<SectorHit> sectors, List<Pledge> pledges, List<String> warnings) {

    public static final String SCHEMA_VERSION = "1";

    public static Record of(Document d) {
        DetectedLanguage lang = d.language();
        return new Record(SCHEMA_VERSION, d.docId(), d.source(), d.languageCode(),
                lang == null ? null : lang.confidence(),
                d.metadata().published() == null ? null : d.metadata().published().toString(),
                d.metadata().dateline(), d.entities(), d.speakers(), d.quotes(), d.sectors(), d.pledges(),
                d.warnings());
    }
}
