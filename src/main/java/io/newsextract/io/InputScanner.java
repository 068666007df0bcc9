package io.newsextract.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the {@code .txt} files under a folder, recursively and in a stable order, and gives each a docId: its file
 * name without extension, made safe as a file name; names that occur more than once get a short suffix from their
 * relative path, so docIds are unique and never point outside the output folder.
 */
public final class InputScanner {

    private InputScanner() {
    }

    public static List<InputFile> scan(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Path p : files) {
            counts.merge(baseId(p), 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        List<InputFile> out = new ArrayList<>();
        for (Path p : files) {
            String source = root.relativize(p).toString().replace('\\', '/');
            String id = baseId(p);
            if (counts.get(id) > 1) {
                id = id + "__" + shortHash(source);
            }
            String unique = id;
            for (int k = 2; !used.add(unique); k++) {
                unique = id + "_" + k;
            }
            out.add(new InputFile(p, unique, source, sizeOf(p)));
        }
        return out;
    }

    /** The file's size, or 0 when it cannot be read (reading it later gives the error line its reason). */
    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static String baseId(Path p) {
        String name = p.getFileName().toString();
        String stem = name.substring(0, name.length() - 4);
        String safe = stem.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        return safe.isEmpty() ? "_" : safe;
    }

    private static String shortHash(String s) {
        return String.format("%08x", s.hashCode());
    }
}
