package io.newsextract.segment;

import java.util.List;

/** Splits one paragraph into sentences of words with offsets into that paragraph. Thread-safe. */
interface Segmenter {

    /** A word and the paragraph range of its surface text (shared by the parts of a multi-word token). */
    record Word(String form, int start, int end) {
    }

    List<List<Word>> split(String paragraph);
}
