package io.newsextract.io;

/** What a batch run did: files seen, records and error lines written, articles skipped as already done, tokens. */
public record BatchResult(int files, int records, int errors, int skipped, long tokens, double seconds) {

    public double tokensPerSecond() {
        return seconds > 0 ? tokens / seconds : 0;
    }
}
