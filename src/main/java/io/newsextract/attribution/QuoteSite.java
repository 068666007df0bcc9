package io.newsextract.attribution;

import io.newsextract.api.Quote;

/**
 * Where a quote sits among the words: {@code first}/{@code last} are the words of its marks (inclusive),
 * {@code before} the first word of the writer's words leading up to it in its sentence (after an earlier quote, or
 * in the sentence before when that one ends with a colon), {@code afterEnd} the end of the writer's words after it.
 */
record QuoteSite(int index, Quote quote, int first, int last, int before, int afterEnd, int paragraph,
                 boolean opensParagraph, boolean continued) {

    int sentence(ReadingView view) {
        return view.sentence(first);
    }
}
