package io.newsextract.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered, validated list of stages. Built once, immutable, safe to call from many threads at once.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().add(stageA).add(stageB).build();
 * ArticleRecord record = pipeline.process("doc1", text);
 * }</pre>
 */
public final class Pipeline {

    /** Articles longer than this are annotated piece by piece, so memory stays bounded whatever their size. */
    public static final int DEFAULT_PIECE_CHARS = 200_000;

    private final List<Stage> stages;
    private final int pieceChars;
    private final boolean checkReads;
    private final Map<String, LongAdder> nanosByStage = new LinkedHashMap<>();

    private Pipeline(List<Stage> stages, int pieceChars, boolean checkReads) {
        this.stages = List.copyOf(stages);
        this.pieceChars = pieceChars;
        this.checkReads = checkReads;
        for (Stage s : stages) {
            nanosByStage.put(s.name(), new LongAdder());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    public ArticleRecord process(String docId, String text) {
        return process(docId, docId + ".txt", text);
    }

    public ArticleRecord process(String docId, String source, String text) {
        return ArticleRecord.of(annotate(Document.of(docId, source, text)));
    }

    /**
     * Runs every stage that supports the document's language and whose requirements earlier stages produced for
     * this document; says in a warning which stages were skipped.
     */
    public Document annotate(Document document) {
        String text = document.text();
        if (text.length() <= pieceChars) {
            return annotateWhole(document);
        }
        DocumentMerger merger = new DocumentMerger(document);
        List<Span> pieces = pieces(text, pieceChars);
        for (Span p : pieces) {
            Document piece = Document.of(document.docId(), document.source(), p.of(text));
            for (String w : document.warnings()) {
                piece = piece.withWarning(w);
            }
            merger.add(annotateWhole(piece), p.start());
        }
        return merger.build(pieces.size());
    }

    /**
     * Cuts a long text into pieces of at most {@code max} characters, at a paragraph break when there is one in the
     * second half of the window, else at a line break, a sentence end or a space, else hard.
     */
    static List<Span> pieces(String text, int max) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + max);
            if (end < text.length()) {
                end = cut(text, start + max / 2, end);
            }
            out.add(new Span(start, end));
            start = end;
        }
        return out;
    }

    private static int cut(String text, int from, int to) {
        for (String mark : new String[]{"\n\n", "\n", ". ", " "}) {
            int i = text.lastIndexOf(mark, to - mark.length());
            if (i >= from) {
                return i + mark.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
    }

    private Document annotateWhole(Document document) {
        Document doc = document;
        Set<Artifact> present = EnumSet.noneOf(Artifact.class);
        List<String> skipped = new ArrayList<>();
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("cancelled before stage '" + stage.name() + "'");
            }
            if (!stage.supports(doc.languageCode()) || !present.containsAll(stage.requires())) {
                skipped.add(stage.name());
                continue;
            }
            long t0 = System.nanoTime();
            doc = checkReads ? annotateChecked(stage, doc) : stage.annotate(doc);
            nanosByStage.get(stage.name()).add(System.nanoTime() - t0);
            present.addAll(stage.produces());
        }
        if (!skipped.isEmpty()) {
            doc = doc.withWarning("language '" + doc.languageCode() + "' is not supported here: skipped "
                    + String.join(", ", skipped));
        }
        return doc;
    }

    /** Runs a stage on a copy of the document that throws when the stage reads what it does not declare. */
    private static Document annotateChecked(Stage stage, Document doc) {
        Set<Artifact> allowed = EnumSet.noneOf(Artifact.class);
        allowed.addAll(stage.requires());
        allowed.addAll(stage.uses());
        allowed.addAll(stage.produces());
        Document restricted = doc.restrictedTo(allowed);
        return doc.unrestricted(restricted, stage.annotate(restricted));
    }

    /** Cumulative wall time spent in each stage since the pipeline was built, in milliseconds. */
    public Map<String, Long> stageMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanosByStage.forEach((name, nanos) -> out.put(name, nanos.sum() / 1_000_000));
        return Collections.unmodifiableMap(out);
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private int pieceChars = DEFAULT_PIECE_CHARS;
        private boolean checkReads;

        /** Articles longer than this many characters are annotated in pieces (default 200,000). */
        public Builder pieceChars(int chars) {
            if (chars < 1000) {
                throw new PipelineException("pieceChars must be at least 1000, not " + chars);
            }
            pieceChars = chars;
            return this;
        }

        /**
         * Checking mode, for tests: each stage gets a document whose accessors throw
         * {@link Document.UndeclaredReadException} for artifacts the stage neither requires, uses nor produces, and
         * whose tokens carry no POS tags or lemmas unless it declares them.
         */
        public Builder checkReads() {
            checkReads = true;
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /**
         * Checks that each stage's requirements are produced by a stage before it, that nothing a stage optionally
         * {@linkplain Stage#uses() uses} is produced only after it, and that names are unique.
         */
        public Pipeline build() {
            Set<Artifact> available = EnumSet.noneOf(Artifact.class);
            Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                for (Stage later : stages.subList(i + 1, stages.size())) {
                    for (Artifact a : stage.uses()) {
                        if (later.produces().contains(a) && !available.contains(a)) {
                            throw new PipelineException("stage '" + stage.name() + "' uses " + a + " but runs before '"
                                    + later.name() + "', which produces it");
                        }
                    }
                }
                if (!names.add(stage.name())) {
                    throw new PipelineException("two stages are named '" + stage.name() + "'");
                }
                Set<Artifact> missing = EnumSet.noneOf(Artifact.class);
                missing.addAll(stage.requires());
                missing.removeAll(available);
                if (!missing.isEmpty()) {
                    throw new PipelineException("stage '" + stage.name() + "' requires " + missing
                            + " but no earlier stage produces it");
                }
                available.addAll(stage.produces());
            }
            return new Pipeline(stages, pieceChars, checkReads);
        }
    }
}
