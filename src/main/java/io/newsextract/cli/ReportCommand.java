package io.newsextract.cli;

import io.newsextract.report.ReportBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML review page for a batch output folder: an overview of every "
                + "record and each article's text with its extractions highlighted; with --gold, the comparison "
                + "with gold (the figures of the eval command).",
                "Article texts are found through each record's 'source' under --text-root, by default the input "
                        + "folder the batch run wrote in OUTDIR/.run.json."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "OUTDIR", description = "a batch --out folder")
    Path in;

    @Option(names = "--gold", paramLabel = "DIR", description = "folder of gold <docId>.json files")
    Path gold;

    @Option(names = "--text-root", paramLabel = "DIR",
            description = "folder the records' 'source' paths are relative to (default: the batch input folder)")
    Path textRoot;

    @Option(names = "--gold-text-root", paramLabel = "DIR",
            description = "folder the gold files' 'file' paths are relative to, as eval --text-root")
    Path goldTextRoot;

    @Option(names = "--out", paramLabel = "FILE", description = "the page to write (default: OUTDIR/report.html)")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (!Files.isDirectory(in)) {
            err.println("error: --in " + in + " is not a folder");
            return Main.USAGE;
        }
        if (gold != null && !Files.isDirectory(gold)) {
            err.println("error: --gold " + gold + " is not a folder");
            return Main.USAGE;
        }
        if (textRoot != null && !Files.isDirectory(textRoot)) {
            err.println("error: --text-root " + textRoot + " is not a folder");
            return Main.USAGE;
        }
        Path file = out != null ? out : in.resolve(BatchCommand.REPORT);
        try {
            print(err, new ReportBuilder().write(new ReportBuilder.Options(in, gold, textRoot, goldTextRoot), file));
        } catch (IOException e) {
            // e.g. a gold file whose article is not under the gold text root: say so, as eval would fail
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        return Main.OK;
    }

    static void print(PrintStream err, ReportBuilder.Summary s) {
        err.printf("report: %d articles, %d errors%s%n", s.articles(), s.errors(),
                s.withoutText() > 0 ? ", " + s.withoutText() + " without their text" : "");
        if (s.textRoot() == null) {
            err.println("warning: no article folder known (no --text-root, no .run.json): the report shows no texts");
        }
        err.println("wrote " + s.file());
    }
}
