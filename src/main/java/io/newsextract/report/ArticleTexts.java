package io.newsextract.report;

import io.newsextract.io.DecodedText;
import io.newsextract.io.InputRejected;
import io.newsextract.io.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds an article's original text from its record's {@code source} (a path relative to the batch input folder) and
 * decodes it exactly as the batch did, so record offsets index it. A source that would leave the root is refused.
 */
final class ArticleTexts {

    /** The text, or null with the reason it is missing. */
    record Lookup(String text, String problem) {
    }

    private final Path root;

    /** {@code root} may be null: then no text is available and every lookup says why. */
    ArticleTexts(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    Lookup find(String source) {
        if (root == null) {
            return new Lookup(null, "no article folder known: run the report with --text-root");
        }
        if (source == null || source.isEmpty()) {
            return new Lookup(null, "the record names no source file");
        }
        Path p = root.resolve(source).normalize();
        if (!p.startsWith(root)) {
            return new Lookup(null, "source '" + source + "' points outside " + root);
        }
        if (!Files.isRegularFile(p)) {
            return new Lookup(null, "article file not found: " + p);
        }
        try {
            DecodedText d = TextDecoder.decode(Files.readAllBytes(p));
            return new Lookup(d.text(), null);
        } catch (IOException e) {
            return new Lookup(null, "cannot read " + p + ": " + e.getMessage());
        } catch (InputRejected e) {
            return new Lookup(null, "cannot decode " + p + ": " + e.getMessage());
        }
    }
}
