package io.newsextract.attribution;

import java.util.Optional;

/**
 * One named attribution rule; the stage tries them in order and records the name of the first that answers. A rule
 * that finds a candidate (a speech verb, a name, an earlier quote) and rejects it says so in the trace.
 */
interface AttributionRule {

    /** Unique among the rules; the {@code method} of the quotes it attributes starts with it. */
    String name();

    Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx, Trace trace);
}
