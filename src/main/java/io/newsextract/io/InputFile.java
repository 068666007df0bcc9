package io.newsextract.io;

import java.nio.file.Path;

/** An article file found under the input folder: its unique docId, its path relative to that folder, its size. */
public record InputFile(Path path, String docId, String source, long bytes) {
}
