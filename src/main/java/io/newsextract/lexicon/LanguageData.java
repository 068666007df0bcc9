package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the project's own language data: the files under {@code models/<lang>/} in the repository, packaged on the
 * class path as {@code models/<lang>/<file>}. Lines starting with # and blank lines are comments.
 */
public final class LanguageData {

    private static final String ROOT = "models/";

    private LanguageData() {
    }

    /** Whether {@code models/<lang>/<file>} exists. */
    public static boolean exists(String language, String file) {
        return LanguageData.class.getClassLoader().getResource(path(language, file)) != null;
    }

    /** The content lines of a data file, trimmed; fails when the file is missing. */
    public static List<String> lines(String language, String file) {
        return optionalLines(language, file)
                .orElseThrow(() -> new PipelineException("missing language data file " + path(language, file)));
    }

    public static Optional<List<String>> optionalLines(String language, String file) {
        String path = path(language, file);
        InputStream in = LanguageData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new PipelineException("cannot read " + path, e);
        }
    }

    /** Tab-separated rows of a data file; fails when a row has fewer than {@code minColumns} columns. */
    public static List<String[]> table(String language, String file, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines(language, file)) {
            n++;
            String[] cols = line.split("\t");
            if (cols.length < minColumns) {
                throw new PipelineException(path(language, file) + ": row " + n + " has " + cols.length
                        + " columns, expected at least " + minColumns + ": " + line);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }

    private static String path(String language, String file) {
        return ROOT + (language == null || language.isEmpty() ? "" : language + "/") + file;
    }
}
