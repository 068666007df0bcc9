package io.newsextract.api;

import java.time.LocalDate;

/** Article metadata found in the text: the publication date and the dateline city, each null when absent. */
public record Metadata(LocalDate published, TextSpan publishedSpan, String dateline, TextSpan datelineSpan) {

    public static final Metadata NONE = new Metadata(null, null, null, null);
}
