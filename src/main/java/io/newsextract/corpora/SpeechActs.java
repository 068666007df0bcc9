package io.newsextract.corpora;

import io.newsextract.api.PipelineException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Speech-Acts corpus: one CSV per document ({@code Id, Sentence, Categories, Target Party, Specificity, Split}),
 * one sentence a row. {@code Commissive-A} and {@code Commissive-O} are pledges.
 */
public final class SpeechActs {

    public static final Set<String> PLEDGE = Set.of("Commissive-A", "Commissive-O");

    public record Sentence(String text, String category) {
        public boolean pledge() {
            return PLEDGE.contains(category);
        }
    }

    public record Document(String id, List<Sentence> sentences) {
    }

    private SpeechActs() {
    }

    /** Every {@code *.csv} of the folder, in name order. */
    public static List<Document> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Document> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.csv$", "");
                out.add(new Document(id, parse(Files.readString(f, StandardCharsets.UTF_8))));
            }
            if (out.isEmpty()) {
                throw new PipelineException(dir + " holds no Speech-Acts CSV files");
            }
            return out;
        } catch (IOException e) {
            throw new PipelineException("cannot read Speech-Acts folder " + dir, e);
        }
    }

    /** The rows of one CSV (RFC 4180 quoting), header skipped. */
    public static List<Sentence> parse(String csv) {
        List<List<String>> rows = rows(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
        List<Sentence> out = new ArrayList<>();
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.size() >= 3 && !row.get(1).isBlank()) {
                out.add(new Sentence(row.get(1).strip(), row.get(2).strip()));
            }
        }
        return out;
    }

    private static List<List<String>> rows(Reader r) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        try {
            for (int c = r.read(); c >= 0; c = r.read()) {
                if (quoted) {
                    if (c == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next < 0) {
                                break;
                            }
                            r.reset();
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new PipelineException("cannot parse CSV", e);
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
