package io.newsextract.learn;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One trained model the {@code train} command builds: from the shared corpora folder (the one holding
 * {@code polnear/}, {@code speech-acts/}, {@code kind/}) to a classifier written as
 * {@code models/learned/<name>.bin}. Training must be deterministic and read only training parts of the corpora.
 */
public interface TrainTarget {

    /** The model's name: its file is {@code models/learned/<name>.bin}. */
    String name();

    /** One line for {@code train --help}: what it decides, from which corpus. */
    String description();

    /** Trains the model that is committed, printing progress and development figures to {@code log}. */
    Classifier train(Path corpora, PrintStream log);
}
