package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder of language data: {@code <root>/<lang>/<file>} and the language-neutral {@code <root>/<file>}. The
 * product reads {@link #MODELS}, the repository's {@code models/} as packaged on the class path; a test may read a
 * copy on disk ({@link #of(Path)}). Lines starting with # and blank lines are comments; names in errors are
 * {@code models/<lang>/<file>} so that they point at the file to fix.
 */
public final class DataFolder {

    /** The project's own data, on the class path as {@code models/<lang>/<file>}. */
    public static final DataFolder MODELS = new DataFolder(null);

    private static final String ROOT = "models/";

    /** The folder on disk, or null for the class path. */
    private final Path dir;

    private DataFolder(Path dir) {
        this.dir = dir;
    }

    /** A copy of {@code models/} on disk: {@code dir/<lang>/<file>}. */
    public static DataFolder of(Path dir) {
        return new DataFolder(dir);
    }

    /** Whether {@code <lang>/<file>} exists. */
    public boolean exists(String language, String file) {
        return dir == null ? DataFolder.class.getClassLoader().getResource(name(language, file)) != null
                : Files.isRegularFile(dir.resolve(relative(language, file)));
    }

    /** The content lines of a data file, trimmed; fails when the file is missing. */
    public List<String> lines(String language, String file) {
        return optionalLines(language, file)
                .orElseThrow(() -> new PipelineException("missing language data file " + name(language, file)));
    }

    public Optional<List<String>> optionalLines(String language, String file) {
        try (InputStream in = open(language, file)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return Optional.of(out);
        } catch (IOException | UncheckedIOException e) {
            throw new PipelineException("cannot read " + name(language, file), e);
        }
    }

    /** Tab-separated rows of a data file; fails when a row has fewer than {@code minColumns} columns. */
    public List<String[]> table(String language, String file, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines(language, file)) {
            n++;
            String[] cols = line.split("\t");
            if (cols.length < minColumns) {
                throw new PipelineException(name(language, file) + ": row " + n + " has " + cols.length
                        + " columns, expected at least " + minColumns + ": " + line);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }

    /** The file's name in messages: {@code models/<lang>/<file>}. */
    public static String name(String language, String file) {
        return ROOT + relative(language, file);
    }

    private InputStream open(String language, String file) throws IOException {
        if (dir == null) {
            return DataFolder.class.getClassLoader().getResourceAsStream(name(language, file));
        }
        Path p = dir.resolve(relative(language, file));
        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }

    private static String relative(String language, String file) {
        return (language == null || language.isEmpty() ? "" : language + "/") + file;
    }
}
