package io.newsextract.io;

/** A file that is not an article the pipeline can read; {@code kind} classifies it for the error line. */
public final class InputRejected extends Exception {

    private final String kind;

    public InputRejected(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
