package io.newsextract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar newsextract.jar <command>}. Exit status: 0 all went well, 1 some articles failed, 2 bad usage.
 */
@Command(name = "newsextract", mixinStandardHelpOptions = true, version = "newsextract 0.1.0",
        description = "Speakers, quotes, sectors and pledges from Italian and English news articles.",
        subcommands = {BatchCommand.class, EvalCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
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
