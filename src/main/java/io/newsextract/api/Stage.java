package io.newsextract.api;

import java.util.Set;

/**
 * One step of the pipeline. A stage is immutable and thread-safe: it holds only loaded resources and returns a new
 * {@link Document} instead of changing the one it was given.
 */
public interface Stage {

    /** A short stable name, used in warnings and in error messages. */
    String name();

    /** The artifacts this stage reads; the pipeline refuses to build unless an earlier stage produces each. */
    Set<Artifact> requires();

    /**
     * The artifacts this stage reads when they are there but can do without (e.g. pledges use the quotes' speakers when
     * quotes were found). The pipeline refuses to build if a later stage produces one of them: it would come too late.
     */
    default Set<Artifact> uses() {
        return Set.of();
    }

    /** The artifacts this stage adds. */
    Set<Artifact> produces();

    /** Whether this stage runs for documents in the given ISO 639-1 language. Language-neutral stages say yes. */
    default boolean supports(String language) {
        return true;
    }

    Document annotate(Document document);
}
