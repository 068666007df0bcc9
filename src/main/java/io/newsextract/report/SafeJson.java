package io.newsextract.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsextract.io.Json;

/**
 * JSON that can sit inside an HTML {@code <script type="application/json">} block: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}-style escapes, so no value can close the block ({@code </script>}) or
 * open a comment, whatever the article says. {@code JSON.parse} reads the escapes back to the same characters.
 */
final class SafeJson {

    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(new HtmlEscapes());

    private SafeJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report data: " + e.getMessage(), e);
        }
    }

    private static final class HtmlEscapes extends CharacterEscapes {

        private final int[] escapes;

        HtmlEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
