package io.newsextract.cli;

import io.newsextract.api.Pipeline;
import io.newsextract.io.BatchResult;
import io.newsextract.io.BatchRunner;
import io.newsextract.report.ReportBuilder;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Process every .txt file under a folder (recursively) into OUT/<docId>.json and OUT/records.jsonl, "
                + "and write the review page OUT/report.html.")
final class BatchCommand implements Callable<Integer> {

    static final String REPORT = "report.html";

    @ParentCommand
    Main main;

    @Option(names = "--in", required = true, description = "folder of articles (.txt, searched recursively)")
    Path in;

    @Option(names = "--out", required = true, description = "folder for the records (created if missing)")
    Path out;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--time-limit", defaultValue = "60",
            description = "seconds one article may take before it becomes an error line (default: ${DEFAULT-VALUE})")
    int timeLimit;

    @Option(names = "--no-progress", description = "no progress bar on stderr")
    boolean noProgress;

    @Option(names = "--force", description = "process every article again, even those whose record is up to date")
    boolean force;

    @Option(names = "--no-report", description = "do not write OUT/report.html")
    boolean noReport;

    @Option(names = "--trace", description = "write into each record the debug trace of rule decisions (field "
            + "\"trace\": outputs made, candidates dropped, values changed, each with its rule); the report shows it")
    boolean trace;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (!Files.isDirectory(in)) {
            err.println("error: --in " + in + " is not a folder");
            return Main.USAGE;
        }
        if (threads < 1 || timeLimit < 1) {
            err.println("error: --threads and --time-limit must be at least 1");
            return Main.USAGE;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = main.pipeline();
        err.printf("pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        BatchRunner runner = new BatchRunner(pipeline,
                new BatchRunner.Options(threads, Duration.ofSeconds(timeLimit), force, trace));
        AtomicReference<ProgressBar> bar = new AtomicReference<>();
        BatchResult r;
        try {
            r = runner.run(in, out, total -> {
                if (!noProgress) {
                    bar.set(new ProgressBarBuilder().setTaskName("articles").setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                            .build());
                }
            }, () -> {
                if (bar.get() != null) {
                    bar.get().step();
                }
            });
        } finally {
            if (bar.get() != null) {
                bar.get().close();
            }
        }
        err.printf("files %d, records %d, errors %d, reused %d, tokens %d, %.1f s, %.0f tokens/s%n",
                r.files(), r.records(), r.errors(), r.skipped(), r.tokens(), r.seconds(), r.tokensPerSecond());
        err.println("wrote " + out.resolve(BatchRunner.RECORDS));
        if (!noReport) {
            writeReport(err);
        }
        return r.errors() > 0 ? Main.SOME_FAILED : Main.OK;
    }

    /** The records are written by now: a report that cannot be built is a warning, not a failed run. */
    private void writeReport(PrintStream err) {
        try {
            ReportCommand.print(err, new ReportBuilder()
                    .write(new ReportBuilder.Options(out, null, in, null), out.resolve(REPORT)));
        } catch (IOException | RuntimeException e) {
            err.println("warning: could not write " + out.resolve(REPORT) + ": " + e.getMessage());
        }
    }
}
