package io.newsextract.cli;

import io.newsextract.StandardPipeline;
import io.newsextract.api.PipelineException;
import io.newsextract.attribution.SpeakerTarget;
import io.newsextract.commitment.PledgeTarget;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.TrainTarget;
import io.newsextract.learn.Trainer;
import io.newsextract.quote.QuoteSpanTarget;
import io.newsextract.quote.ReportedCueTarget;
import io.newsextract.sector.SectorTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the learned models from the shared corpora and write them as models/learned/<name>.bin "
                + "(deterministic: the same corpora give the same files byte for byte).",
                "Models: see TrainCommand.TARGETS; with no name, all of them."})
final class TrainCommand implements Callable<Integer> {

    /** The hand-labelled development sets (under the project folder) the sector model learns from. */
    static final Path DEVSETS = Path.of("src/test/resources/devsets");

    /**
     * Every model the product learns, in training order: each reads the stages before it (the speaker ranker the
     * reported speech, the quote-span model the attribution, the sector model the quotes, the pledge models the sectors).
     */
    static final List<TrainTarget> TARGETS = List.of(new ReportedCueTarget(),
            new SpeakerTarget(() -> StandardPipeline.createUntil("reported-speech")), new QuoteSpanTarget(),
            new SectorTarget(DEVSETS, List.of("en-pledges", "it-pledges"), 10,
                    () -> StandardPipeline.createUntil("quote-check")),
            new PledgeTarget("pledge-en", true, 10, () -> StandardPipeline.createUntil("sectors")),
            new PledgeTarget("pledge", false, 10, () -> StandardPipeline.createUntil("sectors")));

    @Option(names = "--corpora", defaultValue = "../shared/corpora",
            description = "folder holding polnear/, speech-acts/ and kind/ (default: ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = "--out", defaultValue = "models/learned",
            description = "folder to write the model files in (default: ${DEFAULT-VALUE})")
    Path out;

    @Parameters(arity = "0..*", paramLabel = "MODEL", description = "models to train (default: all)")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        List<TrainTarget> chosen = new ArrayList<>();
        for (String n : names) {
            TrainTarget t = TARGETS.stream().filter(x -> x.name().equals(n)).findFirst().orElse(null);
            if (t == null) {
                System.err.println("error: no model named " + n + "; models: "
                        + TARGETS.stream().map(TrainTarget::name).toList());
                return Main.USAGE;
            }
            chosen.add(t);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(TARGETS);
        }
        if (!Files.isDirectory(corpora)) {
            System.err.println("error: no corpora folder " + corpora);
            return Main.USAGE;
        }
        try {
            for (TrainTarget t : chosen) {
                long start = System.nanoTime();
                System.err.println("training " + t.name() + ": " + t.description());
                Classifier c = t.train(corpora, System.err);
                Path file = out.resolve(t.name() + ".bin");
                Trainer.write(c, file);
                System.err.printf("wrote %s (%d bytes, sha256 %s) in %.1f s%n", file, Files.size(file),
                        sha256(file), (System.nanoTime() - start) / 1e9);
            }
            return Main.OK;
        } catch (PipelineException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return Main.SOME_FAILED;
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
