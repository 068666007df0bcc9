package io.newsextract.api;

/** The line a file that could not be processed gets instead of a {@link ArticleRecord}, as SCHEMA.md specifies. */
public record ErrorRecord(String schemaVersion, String docId, String source, Failure error) {

    /** {@code kind}: a short class of failure (unreadable, binary, timeout, internal); {@code message} in words. */
    public record Failure(String kind, String message) {
    }

    public static ErrorRecord of(String docId, String source, String kind, String message) {
        return new ErrorRecord(ArticleRecord.SCHEMA_VERSION, docId, source, new Failure(kind, message));
    }
}
