package io.newsextract.corpora;

import io.newsextract.api.PipelineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PolNeAR split ({@code text/<doc>.txt}, {@code attributions/<doc>_<annotator>.ann}, brat standoff) read the way
 * {@code polnear_to_gold.py} and the evaluation read it: the first annotation file of each article in name order.
 */
public final class Polnear {

    /** A span of the text, possibly discontinuous: fragments in text order, half-open character offsets. */
    public record Fragments(List<int[]> parts) {
        public int start() {
            return parts.get(0)[0];
        }

        public int end() {
            return parts.get(parts.size() - 1)[1];
        }

        public boolean covers(int offset) {
            return parts.stream().anyMatch(p -> p[0] <= offset && offset < p[1]);
        }

        public String text(String doc) {
            StringBuilder b = new StringBuilder();
            for (int[] p : parts) {
                b.append(b.length() == 0 ? "" : " ").append(doc, p[0], p[1]);
            }
            return b.toString();
        }
    }

    /** One attribution: its source (may be absent), cue (may be absent) and content. */
    public record Attribution(Fragments source, Fragments cue, Fragments content) {
    }

    public record Article(String id, String text, List<Attribution> attributions) {
    }

    private Polnear() {
    }

    /** Every article of the split that has an annotation file, in name order. */
    public static List<Article> read(Path split) {
        Path texts = split.resolve("text");
        Path anns = split.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new PipelineException(split + " is not a PolNeAR split (expected text/ and attributions/)");
        }
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts); Stream<Path> annFiles = Files.list(anns)) {
            List<String> annNames = annFiles.map(p -> p.getFileName().toString()).sorted().toList();
            for (Path t : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = t.getFileName().toString().replaceFirst("\\.txt$", "");
                String ann = annNames.stream().filter(n -> n.startsWith(id + "_") && n.endsWith(".ann"))
                        .findFirst().orElse(null);
                if (ann == null) {
                    continue;
                }
                String text = Files.readString(t, StandardCharsets.UTF_8);
                out.add(new Article(id, text, parse(Files.readString(anns.resolve(ann), StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new PipelineException("cannot read PolNeAR split " + split, e);
        }
        return out;
    }

    /** The attributions of one brat file, in the order of its E lines. */
    public static List<Attribution> parse(String ann) {
        Map<String, Fragments> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] f = line.split("\t");
            if (line.startsWith("T") && f.length >= 3) {
                String rest = f[1].split(" ", 2)[1];
                List<int[]> parts = new ArrayList<>();
                for (String part : rest.split(";")) {
                    String[] ab = part.trim().split(" ");
                    parts.add(new int[]{Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
                }
                parts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
                spans.put(f[0], new Fragments(List.copyOf(parts)));
            } else if (line.startsWith("E") && f.length >= 2) {
                Map<String, String> ev = new HashMap<>();
                for (String p : f[1].split(" ")) {
                    int colon = p.indexOf(':');
                    if (colon > 0) {
                        ev.put(p.substring(0, colon), p.substring(colon + 1));
                    }
                }
                events.add(ev);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (Map<String, String> ev : events) {
            Fragments content = spans.get(ev.get("Content"));
            if (content != null) {
                out.add(new Attribution(spans.get(ev.get("Source")), spans.get(ev.get("Cue")), content));
            }
        }
        return out;
    }
}
