package io.newsextract.io;

import io.newsextract.Version;
import io.newsextract.api.Document;
import io.newsextract.api.ErrorRecord;
import io.newsextract.api.Pipeline;
import io.newsextract.api.ArticleRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Runs a pipeline over every article file of a folder: {@code OUT/<docId>.json} for each, and
 * {@code OUT/records.jsonl} with one line per input file (a record or an error line) in input order, so the output
 * is byte-identical whatever the number of threads; and {@code OUT/.run.json} ({@link RunInfo}: the absolute input
 * folder, which the report needs to find the texts, and the run's counts).
 *
 * <p>Nothing is lost and nothing is half-written: a file that fails, or runs past the time limit, becomes an error
 * line; every file is written to a temporary name and renamed. A re-run skips the articles whose record was written
 * from the same input bytes by the same product version ({@code OUT/.state/<docId>}), unless forced, so a run that
 * was killed half-way resumes and ends with the same output as an uninterrupted one.
 */
public final class BatchRunner {

    public static final String RECORDS = "records.jsonl";
    static final String STATE_DIR = ".state";

    private final Pipeline pipeline;
    private final Options options;

    /** Each started block of this many input bytes gives an article one more time limit. */
    public static final long BYTES_PER_TIME_LIMIT = 100_000;

    /**
     * @param timeLimit how long one article of up to 100,000 bytes may run, counted from when a worker starts it;
     *                  a longer article gets one time limit per started 100,000 bytes
     * @param trace     whether records carry the debug trace of rule decisions (field "trace")
     */
    public record Options(int threads, Duration timeLimit, boolean force, boolean trace) {

        public Options(int threads, Duration timeLimit, boolean force) {
            this(threads, timeLimit, force, false);
        }

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive");
            }
        }

        /** How long an article of this many bytes may run: one time limit per started 100,000 bytes. */
        public long limitNanos(long bytes) {
            return timeLimit.toNanos() * Math.max(1, (bytes + BYTES_PER_TIME_LIMIT - 1) / BYTES_PER_TIME_LIMIT);
        }
    }

    /** One file's result: the object written for it, its token count, and whether it was reused from a past run. */
    public record Outcome(InputFile input, Object record, long tokens, boolean reused) {
        public boolean failed() {
            return record instanceof ErrorRecord
                    || record instanceof com.fasterxml.jackson.databind.JsonNode n && n.has("error");
        }
    }

    public BatchRunner(Pipeline pipeline, Options options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public BatchResult run(Path in, Path out, IntConsumer onStart, Runnable onDone) throws IOException {
        long t0 = System.nanoTime();
        List<InputFile> files = InputScanner.scan(in);
        Files.createDirectories(out.resolve(STATE_DIR));
        onStart.accept(files.size());
        int records = 0;
        int errors = 0;
        int skipped = 0;
        long tokens = 0;
        Path tmp = Files.createTempFile(out, "." + RECORDS, ".tmp");
        AtomicFiles.readableByAll(tmp);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "newsextract-worker");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            Deque<Pending> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < options.threads() * 4) {
                    window.add(submit(pool, files.get(next++), out));
                }
                Outcome o = await(window.poll(), pool, out);
                w.write(Json.MAPPER.writeValueAsString(o.record()));
                w.write('\n');
                errors += o.failed() ? 1 : 0;
                records += o.failed() ? 0 : 1;
                skipped += o.reused() ? 1 : 0;
                tokens += o.tokens();
                onDone.run();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Files.move(tmp, out.resolve(RECORDS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BatchResult result = new BatchResult(files.size(), records, errors, skipped, tokens,
                (System.nanoTime() - t0) / 1e9);
        RunInfo.of(in, result).write(out);
        return result;
    }

    /** A submitted file and the moment a worker started it (0 while it waits in the queue). */
    private record Pending(InputFile file, Future<Outcome> future, AtomicLong startedNanos) {
    }

    private Pending submit(ThreadPoolExecutor pool, InputFile f, Path out) {
        AtomicLong started = new AtomicLong();
        Future<Outcome> future = pool.submit(() -> {
            started.set(System.nanoTime());
            return processAndStore(f, out);
        });
        return new Pending(f, future, started);
    }

    private Outcome await(Pending p, ThreadPoolExecutor pool, Path out) throws IOException {
        try {
            while (true) {
                long started = p.startedNanos().get();
                if (started == 0) {
                    try {
                        return p.future().get(50, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException notYetStarted) {
                        continue;
                    }
                }
                long left = options.limitNanos(p.file().bytes()) - (System.nanoTime() - started);
                return p.future().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            p.future().cancel(true);
            // the stuck worker may never return: give the pool a fresh thread in its place
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            return stored(out, timedOut(p.file()));
        } catch (ExecutionException e) {
            return stored(out, crashed(p.file(), e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted", e);
        }
    }

    /** Writes an outcome's record without a state stamp, so that the next run tries the article again. */
    private static Outcome stored(Path out, Outcome o) throws IOException {
        AtomicFiles.write(out.resolve(o.input().docId() + ".json"), Json.PRETTY.writeValueAsBytes(o.record()));
        return o;
    }

    /** Reuses the stored record when the input and version are unchanged; otherwise processes and stores it. */
    private Outcome processAndStore(InputFile f, Path out) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            return unreadable(f, e);
        }
        String stamp = sha256(bytes) + " " + Version.VALUE + (options.trace() ? " trace" : "");
        Path json = out.resolve(f.docId() + ".json");
        Path state = out.resolve(STATE_DIR).resolve(f.docId());
        try {
            if (!options.force() && Files.exists(state) && Files.exists(json)
                    && Files.readString(state, StandardCharsets.UTF_8).equals(stamp)) {
                return new Outcome(f, Json.MAPPER.readTree(json.toFile()), 0, true);
            }
            Outcome o = process(f, bytes);
            AtomicFiles.write(json, Json.PRETTY.writeValueAsBytes(o.record()));
            AtomicFiles.write(state, stamp.getBytes(StandardCharsets.UTF_8));
            return o;
        } catch (IOException e) {
            return failure(f, "output", "cannot write the record: " + e.getMessage());
        }
    }

    /** Decodes and annotates one file's bytes; never throws for a bad article. */
    public Outcome process(InputFile f, byte[] bytes) {
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
            return new Outcome(f, ArticleRecord.of(doc, options.trace()), doc.tokenCount(), false);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(f, "internal", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The error outcome of an article stopped at the time limit. */
    public Outcome timedOut(InputFile f) {
        return failure(f, "timeout", "processing took longer than " + options.timeLimit().toSeconds()
                + " s (--time-limit)");
    }

    /** The error outcome of an article whose worker died of something {@link #process} does not catch. */
    public static Outcome crashed(InputFile f, Throwable cause) {
        return failure(f, "internal", cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** The error outcome of a file that cannot be read. */
    public static Outcome unreadable(InputFile f, IOException e) {
        return failure(f, "unreadable", "cannot read the file: " + e.getMessage());
    }

    private static Outcome failure(InputFile f, String kind, String message) {
        return new Outcome(f, ErrorRecord.of(f.docId(), f.source(), kind, message), 0, false);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
