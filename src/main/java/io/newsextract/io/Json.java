package io.newsextract.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one configured JSON mapper: immutable after building, shared by every thread. */
public final class Json {

    /** Compact, one object per line. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** Indented, for the per-article files people read. */
    public static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }
}
