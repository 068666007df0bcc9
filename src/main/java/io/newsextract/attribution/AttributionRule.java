package io.newsextract.attribution;

import java.util.Optional;

/** One named attribution rule; the stage tries them in order and records the name of the first that answers. */
interface AttributionRule {

    String name();

    Optional<Attribution> attribute(QuoteSite site, AttributionContext ctx);
}
