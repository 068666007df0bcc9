package io.newsextract.spark;

import io.newsextract.StandardPipeline;
import io.newsextract.api.Pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pipeline of this JVM, shared by every Spark task that runs in it: loaded by the first task that needs it, once
 * (the models take ~1 GB and seconds to load), and never serialised, broadcast or shipped.
 *
 * <p>A static holder, against the project's rule of no static state, because Spark offers no other per-JVM scope: a
 * task is a deserialised closure, so whatever it references would be serialised with it, and an executor has no
 * hook of ours to own a pipeline. The JVM's class initialisation gives exactly once, lazily and thread-safely; the
 * pipeline is immutable and thread-safe, so concurrent tasks share it as {@code batch}'s workers do. Its Italian NER
 * model comes from the prepared {@code ner-cache} beside the jar or the folder {@code -Dnewsextract.cache.dir} names,
 * or is built once by this JVM and saved there for the next executor on the machine (see the README).
 */
final class ExecutorPipeline {

    private ExecutorPipeline() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = StandardPipeline.create();
        /** Unbounded: a worker stuck past the time limit is abandoned and the next article gets a fresh thread. */
        static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsextract-spark-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** This JVM's pipeline with the given time limit per article (loading the pipeline on first use). */
    static TimedExtraction extraction(Duration timeLimit) {
        return new TimedExtraction(Holder.PIPELINE, Holder.WORKERS, timeLimit);
    }
}
