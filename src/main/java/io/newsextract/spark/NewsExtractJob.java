package io.newsextract.spark;

import io.newsextract.Version;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The Spark job: {@code spark-submit --class io.newsextract.spark.NewsExtractJob newsextract.jar --in … --out …}.
 * Every input article becomes exactly one output row: its record, or the error line {@code batch} would write.
 * JSON lines are byte for byte {@code batch}'s lines of records.jsonl; the part files, in name order, hold them in
 * {@code batch}'s input order. Output goes through Spark's file commit protocol: a task attempt writes to its own
 * temporary file and only the attempt that commits is kept, so a retried task, a speculative copy or a lost executor
 * neither duplicates nor loses a line. At the end the job reads its output back and checks the count.
 */
@Command(name = "NewsExtractJob", mixinStandardHelpOptions = true, versionProvider = NewsExtractJob.Versions.class,
        description = "Extract records from articles with Spark: --in a folder of .txt files (batch's docIds), a glob, "
                + "or a Parquet/JSON table (docId, text or content, optional source); --out a new folder.")
public final class NewsExtractJob implements Callable<Integer> {

    static final int OK = 0;
    static final int SOME_ERRORS = 1;
    static final int USAGE = 2;
    static final int MISCOUNT = 3;
    private static final String LINE = "value";

    enum Format { jsonl, parquet }

    @Option(names = "--in", required = true, description = "folder, glob, or Parquet/JSON table of articles")
    String in;

    @Option(names = "--out", required = true, description = "output folder (must not exist unless --overwrite)")
    String out;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (batch's lines) or parquet (typed "
            + "columns); default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--input-format", defaultValue = "AUTO", description = "AUTO (by the name: .parquet, .json, "
            + ".jsonl are tables, anything else .txt files), TXT, PARQUET or JSON; default: ${DEFAULT-VALUE}")
    JobInputs.Format inputFormat;

    @Option(names = "--time-limit", defaultValue = "60", description = "seconds one article may take before it "
            + "becomes an error line, as in batch (default: ${DEFAULT-VALUE})")
    int timeLimit;

    @Option(names = "--partitions", defaultValue = "0", description = "partitions (default: one per "
            + JobInputs.ARTICLES_PER_PARTITION + " files of a folder, a table's own splits)")
    int partitions;

    @Option(names = "--overwrite", description = "replace the output folder if it exists")
    boolean overwrite;

    /** Test only: the first attempt of the task that reaches this docId fails there, so the retry is exercised. */
    @Option(names = "--fail-once-at", hidden = true)
    String failOnceAt;

    public static void main(String[] args) {
        int code = new CommandLine(new NewsExtractJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != OK) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (timeLimit < 1 || partitions < 0) {
            err.println("error: --time-limit must be at least 1 and --partitions not negative");
            return USAGE;
        }
        SparkSession spark = SparkSession.builder().appName("newsextract " + in).getOrCreate();
        try {
            return run(spark, err);
        } finally {
            spark.stop();
        }
    }

    /** The job in a session the caller owns; the exit status. */
    int run(SparkSession spark, PrintStream err) throws java.io.IOException {
        long t0 = System.nanoTime();
        JobInputs.Inputs inputs;
        try {
            inputs = JobInputs.open(spark, in, inputFormat, partitions);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        write(inputs);
        long[] counts = inputs.count() == 0 ? new long[2] : countOutput(spark);
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("%d inputs -> %d lines (%d records, %d errors) in %.1f s, %.1f articles/s%n", inputs.count(),
                counts[0], counts[0] - counts[1], counts[1], seconds, inputs.count() / seconds);
        if (counts[0] != inputs.count()) {
            err.println("error: the output has " + counts[0] + " lines for " + inputs.count() + " inputs");
            return MISCOUNT;
        }
        return counts[1] > 0 ? SOME_ERRORS : OK;
    }

    private void write(JobInputs.Inputs inputs) {
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (format == Format.jsonl) {
            StructType line = DataTypes.createStructType(List.of(
                    DataTypes.createStructField(LINE, DataTypes.StringType, false)));
            inputs.rows().mapPartitions(partition(inputs, ExtractPartition.Mode.JSON_LINE), Encoders.row(line))
                    .write().mode(mode).text(out);
        } else {
            StructType withRecord = inputs.rows().schema().add("record", RecordSchema.record(), true);
            inputs.rows().mapPartitions(partition(inputs, ExtractPartition.Mode.APPEND_STRUCT),
                            Encoders.row(withRecord))
                    .select(functions.col("record.*")).write().mode(mode).parquet(out);
        }
    }

    private ExtractPartition partition(JobInputs.Inputs inputs, ExtractPartition.Mode mode) {
        return new ExtractPartition(inputs.input(), mode, timeLimit, failOnceAt);
    }

    /** Lines written and error lines among them, read back from the committed output. */
    private long[] countOutput(SparkSession spark) {
        Dataset<Row> written = format == Format.jsonl ? spark.read().text(out) : spark.read().parquet(out);
        Dataset<Row> errors = format == Format.jsonl
                ? written.filter(functions.col(LINE).contains(",\"" + RecordSchema.ERROR + "\":{\"kind\":"))
                : written.filter(functions.col(RecordSchema.ERROR).isNotNull());
        return new long[] {written.count(), errors.count()};
    }

    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsextract " + Version.VALUE};
        }
    }
}
