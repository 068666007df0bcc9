package io.newsextract.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * Reads the project's own language data, {@link DataFolder#MODELS}: the files under {@code models/<lang>/} in the
 * repository, packaged on the class path as {@code models/<lang>/<file>}. Stages get their language knowledge from
 * {@link LanguageResources}, loaded once; this is for the few language-neutral files read elsewhere.
 */
public final class LanguageData {

    private LanguageData() {
    }

    /** Whether {@code models/<lang>/<file>} exists. */
    public static boolean exists(String language, String file) {
        return DataFolder.MODELS.exists(language, file);
    }

    /** The content lines of a data file, trimmed; fails when the file is missing. */
    public static List<String> lines(String language, String file) {
        return DataFolder.MODELS.lines(language, file);
    }

    public static Optional<List<String>> optionalLines(String language, String file) {
        return DataFolder.MODELS.optionalLines(language, file);
    }

    /** Tab-separated rows of a data file; fails when a row has fewer than {@code minColumns} columns. */
    public static List<String[]> table(String language, String file, int minColumns) {
        return DataFolder.MODELS.table(language, file, minColumns);
    }
}
