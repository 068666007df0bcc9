package io.newsextract.cli;

import io.newsextract.StandardPipeline;
import io.newsextract.api.PipelineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Build what the first load of the pipeline derives from its models (the indexed Italian NER "
                + "gazette, ~54 MB) and save it, so that later loads take seconds instead of ~12 s.",
                "The build runs it for target/ner-cache, which runs of target/newsextract.jar read first."})
final class PrepareCommand implements Callable<Integer> {

    @Option(names = "--dir", required = true, description = "folder to save the derived models in")
    Path dir;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            List<Path> files = StandardPipeline.prepare(dir);
            for (Path f : files) {
                System.err.println("prepared " + f);
            }
            System.err.printf("%d derived model(s) in %.1f s%n", files.size(), (System.nanoTime() - start) / 1e9);
            return Main.OK;
        } catch (PipelineException e) {
            System.err.println("error: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause()));
            return Main.SOME_FAILED;
        }
    }
}
