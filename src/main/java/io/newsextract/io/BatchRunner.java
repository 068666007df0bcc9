package io.newsextract.io;

import io.newsextract.api.Document;
import io.newsextract.api.ErrorRecord;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/**
 * Runs a pipeline over every article file of a folder: {@code OUT/<docId>.json} for each, and
 * {@code OUT/records.jsonl} with one line per input file (a record or an error line) in input order, whatever the
 * number of threads, and {@code OUT/.run.json} ({@link RunInfo}: the absolute input folder and the run's counts).
 * A file that fails, or takes longer than the time limit, becomes an error line; the run goes on.
 */
public final class BatchRunner {

    public static final String RECORDS = "records.jsonl";

    private final Pipeline pipeline;
    private final int threads;
    private final Duration timeLimit;

    public BatchRunner(Pipeline pipeline, int threads, Duration timeLimit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.timeLimit = timeLimit;
    }

    /** One processed file: the object written for it and the number of tokens it had. */
    public record Outcome(InputFile input, Object record, long tokens) {
        public boolean failed() {
            return record instanceof ErrorRecord;
        }
    }

    public BatchResult run(Path in, Path out, IntConsumer onStart, Runnable onDone) throws IOException {
        long t0 = System.nanoTime();
        List<InputFile> files = InputScanner.scan(in);
        Files.createDirectories(out);
        onStart.accept(files.size());
        int records = 0;
        int errors = 0;
        long tokens = 0;
        Path jsonl = out.resolve(RECORDS);
        Path tmp = out.resolve("." + RECORDS + ".tmp");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsextract-worker");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            Deque<Pending> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 4) {
                    InputFile f = files.get(next++);
                    window.add(new Pending(f, pool.submit(() -> process(f))));
                }
                Pending head = window.poll();
                Outcome o = await(head.future(), head.file());
                writeRecord(out, o);
                w.write(Json.MAPPER.writeValueAsString(o.record()));
                w.write('\n');
                if (o.failed()) {
                    errors++;
                } else {
                    records++;
                }
                tokens += o.tokens();
                onDone.run();
            }
        } finally {
            pool.shutdownNow();
        }
        Files.move(tmp, jsonl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BatchResult result = new BatchResult(files.size(), records, errors, 0, tokens, (System.nanoTime() - t0) / 1e9);
        RunInfo.of(in, result).write(out);
        return result;
    }

    private record Pending(InputFile file, Future<Outcome> future) {
    }

    private Outcome await(Future<Outcome> future, InputFile file) {
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failure(file, "timeout", "processing took longer than " + timeLimit.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return failure(file, "internal", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(file, "interrupted", "the run was interrupted");
        }
    }

    /** Reads, decodes and annotates one file; never throws for a bad article. */
    public Outcome process(InputFile f) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            return failure(f, "unreadable", "cannot read the file: " + e.getMessage());
        }
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (InputRejected e) {
            return failure(f, e.kind(), e.getMessage());
        }
        try {
            Document doc = Document.of(f.docId(), f.source(), decoded.text());
            for (String warning : decoded.warnings()) {
                doc = doc.withWarning(warning);
            }
            doc = pipeline.annotate(doc);
            return new Outcome(f, Record.of(doc), doc.tokenCount());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(f, "internal", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Outcome failure(InputFile f, String kind, String message) {
        return new Outcome(f, ErrorRecord.of(f.docId(), f.source(), kind, message), 0);
    }

    private static void writeRecord(Path out, Outcome o) throws IOException {
        AtomicFiles.write(out.resolve(o.input().docId() + ".json"), Json.PRETTY.writeValueAsBytes(o.record()));
    }
}
