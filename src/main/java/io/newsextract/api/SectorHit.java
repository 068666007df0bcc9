package io.newsextract.api;

import java.util.List;

/** A sector the article talks about (id from SECTORS.md) and every mention of it. */
public record SectorHit(String id, String label, List<TextSpan> mentions) {

    public SectorHit {
        mentions = List.copyOf(mentions);
    }
}
