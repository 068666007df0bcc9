package io.newsextract.io;

import java.nio.file.Path;

/** An article file found under the input folder, with its unique docId and its path relative to that folder. */
public record InputFile(Path path, String docId, String source) {
}
