package io.newsextract.api;

/** A pipeline that cannot be built as asked: a missing requirement, a bad configuration, a model that fails to load. */
public class PipelineException extends RuntimeException {

    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
