package io.newsextract.spark;

import io.newsextract.io.InputFile;
import io.newsextract.io.InputScanner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The job's input as rows, one per article, partitioned so that a partition always holds the same rows in the same
 * order (what makes a retried task write what its failed attempt would have):
 * <ul>
 *   <li>a folder of {@code .txt} files: listed on the driver by {@code batch}'s own {@link InputScanner}, so docIds
 *   and sources are {@code batch}'s; rows of (docId, source, path, size) in {@code batch}'s input order, cut into
 *   contiguous slices, each file read on the executor (so the folder must be visible to every executor at the same
 *   path: a local folder in local mode, a shared mount on a cluster);</li>
 *   <li>a glob ({@code corpus/en/0*.txt}): the files of {@code batch --in <the glob's fixed prefix>} that match it,
 *   with the docIds that run gives them;</li>
 *   <li>a Parquet or JSON table with a string column {@code docId}, a column {@code text} (string) or
 *   {@code content} (binary, decoded as {@code batch} decodes a file), and optionally {@code source}; any path Spark
 *   reads (HDFS, S3, …). With a partition count, rows are hash-partitioned by docId.</li>
 * </ul>
 */
final class JobInputs {

    static final String DOC_ID = "docId";
    static final String SOURCE = "source";
    static final String PATH = "path";
    static final String SIZE = "size";
    static final String TEXT = "text";
    static final String CONTENT = "content";

    /** Articles per partition of a folder, when no partition count is given. */
    static final int ARTICLES_PER_PARTITION = 100;

    private static final StructType LISTING = DataTypes.createStructType(List.of(
            DataTypes.createStructField(DOC_ID, DataTypes.StringType, false),
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(PATH, DataTypes.StringType, false),
            DataTypes.createStructField(SIZE, DataTypes.LongType, false)));

    enum Format { AUTO, TXT, PARQUET, JSON }

    /** The rows, where each row's article is, and how many there are. */
    record Inputs(Dataset<Row> rows, ArticleInput input, long count) {
    }

    private JobInputs() {
    }

    /** @param partitions the partition count, or 0 for one per {@value #ARTICLES_PER_PARTITION} files (folders) or the
     *                    table's own splits */
    static Inputs open(SparkSession spark, String in, Format format, int partitions) throws IOException {
        Format f = format == Format.AUTO ? guess(in) : format;
        return f == Format.TXT ? files(spark, in, partitions) : table(spark, in, f, partitions);
    }

    static Format guess(String in) {
        String name = in.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (name.endsWith(".parquet")) {
            return Format.PARQUET;
        }
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") ? Format.JSON : Format.TXT;
    }

    private static Inputs files(SparkSession spark, String in, int partitions) throws IOException {
        List<InputFile> files = list(in);
        List<Row> rows = new ArrayList<>(files.size());
        for (InputFile f : files) {
            rows.add(RowFactory.create(f.docId(), f.source(), f.path().toString(), f.bytes()));
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = partitions > 0 ? partitions : Math.max(sc.defaultParallelism(),
                (files.size() + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION);
        JavaRDD<Row> rdd = sc.parallelize(rows, Math.max(1, Math.min(slices, Math.max(1, files.size()))));
        return new Inputs(spark.createDataFrame(rdd, LISTING), ArticleInput.ofListing(LISTING), files.size());
    }

    /**
     * The files of a folder or a glob, with {@code batch}'s docIds, sources and paths (as written, like batch's, so
     * that even an unreadable file's message is batch's; executors resolve a relative path against their own working
     * folder, which in local mode is the driver's: on a cluster, give an absolute path).
     */
    static List<InputFile> list(String in) throws IOException {
        int wild = firstWildcard(in);
        if (wild < 0) {
            Path root = Path.of(in);
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("--in " + in + " is not a folder, a glob or a table");
            }
            return InputScanner.scan(root);
        }
        int cut = in.lastIndexOf('/', wild);
        String prefix = cut < 0 ? "." : cut == 0 ? "/" : in.substring(0, cut);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + in);
        Path root = Path.of(prefix);
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("--in " + in + ": no folder " + prefix);
        }
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : InputScanner.scan(root)) {
            Path asWritten = cut < 0 ? Path.of(f.source()) : root.resolve(f.source());
            if (matcher.matches(asWritten)) {
                out.add(f);
            }
        }
        return out;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Inputs table(SparkSession spark, String in, Format format, int partitions) {
        Dataset<Row> rows = format == Format.PARQUET ? spark.read().parquet(in) : spark.read().json(in);
        List<String> columns = Arrays.asList(rows.columns());
        String article = columns.contains(TEXT) ? TEXT : columns.contains(CONTENT) ? CONTENT : null;
        if (!columns.contains(DOC_ID) || article == null) {
            throw new IllegalArgumentException("--in " + in + ": a table needs a column " + DOC_ID + " and a column "
                    + TEXT + " (string) or " + CONTENT + " (binary); it has " + columns);
        }
        List<String> keep = new ArrayList<>(List.of(DOC_ID, article));
        if (columns.contains(SOURCE)) {
            keep.add(SOURCE);
        }
        rows = rows.select(keep.stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new));
        if (partitions > 0) {
            rows = rows.repartition(partitions, functions.col(DOC_ID));
        }
        ArticleInput input = ArticleInput.ofColumns(rows.schema(), article, DOC_ID,
                columns.contains(SOURCE) ? SOURCE : null);
        return new Inputs(rows, input, rows.count());
    }
}
