package io.newsextract.io;

import java.util.List;

/** An article's text as decoded from its bytes, with what decoding had to do to it. */
public record DecodedText(String text, String charset, List<String> warnings) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
