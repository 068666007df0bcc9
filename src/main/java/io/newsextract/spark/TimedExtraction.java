package io.newsextract.spark;

import io.newsextract.api.Pipeline;
import io.newsextract.io.BatchRunner;
import io.newsextract.io.BatchRunner.Outcome;
import io.newsextract.io.InputFile;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One article through the pipeline under {@code batch}'s time limit, with {@code batch}'s outcomes: the article runs
 * on a worker thread while the task waits {@link BatchRunner.Options#limitNanos its limit}; past it the worker is
 * interrupted and left behind (the worker pool makes a new thread for the next article) and the article becomes
 * {@code batch}'s {@code timeout} error line. Decoding and annotating are {@link BatchRunner#process}.
 */
final class TimedExtraction {

    /** An article's bytes, read on the worker so that a stuck read counts against the time limit as in batch. */
    interface ArticleBytes {
        byte[] read() throws IOException;
    }

    private final BatchRunner runner;
    private final BatchRunner.Options options;
    private final ExecutorService workers;

    TimedExtraction(Pipeline pipeline, ExecutorService workers, Duration timeLimit) {
        this.options = new BatchRunner.Options(1, timeLimit, true);
        this.runner = new BatchRunner(pipeline, options);
        this.workers = workers;
    }

    Outcome run(InputFile f, ArticleBytes bytes) {
        Future<Outcome> future = workers.submit(() -> {
            byte[] b;
            try {
                b = bytes.read();
            } catch (IOException e) {
                return BatchRunner.unreadable(f, e);
            }
            return runner.process(f, b);
        });
        try {
            return future.get(options.limitNanos(f.bytes()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return runner.timedOut(f);
        } catch (ExecutionException e) {
            return BatchRunner.crashed(f, e.getCause());
        } catch (InterruptedException e) {
            // Spark interrupts a task it kills (job cancelled, speculative copy no longer needed): stop the article too
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the task was interrupted", e);
        }
    }
}
