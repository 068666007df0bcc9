package io.newsextract.cli;

import io.newsextract.StandardPipeline;
import io.newsextract.api.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/**
 * {@code java -jar newsextract.jar <command>}. Exit status: 0 all went well, 1 some articles failed, 2 bad usage.
 */
@Command(name = "newsextract", mixinStandardHelpOptions = true, version = "newsextract 0.1.0",
        description = "Speakers, quotes, sectors and pledges from Italian and English news articles.",
        subcommands = {BatchCommand.class, EvalCommand.class, ReportCommand.class, BenchCommand.class,
                PrepareCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Pipeline> pipelines;
    private Pipeline pipeline;

    private Main(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    /** The pipeline the commands run: built on first use (so --help and eval load no models), then reused. */
    synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    public static void main(String[] args) {
        System.exit(execute(StandardPipeline::create, args));
    }

    /** Runs a command line with the given pipeline source and returns its exit status. */
    public static int execute(Supplier<Pipeline> pipelines, String... args) {
        CommandLine cl = new CommandLine(new Main(pipelines));
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
