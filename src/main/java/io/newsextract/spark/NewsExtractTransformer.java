package io.newsextract.spark;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Spark ML {@link Transformer}: a column of article text in, the article's record out as typed columns
 * ({@link RecordSchema}: language, entities, speakers, quotes, sectors, pledges, warnings, and {@code error} for an
 * article that could not be processed), one output row per input row.
 *
 * <p>Params: {@code inputCol} (default {@code text}; a string, or binary bytes decoded as {@code batch} decodes a
 * file), {@code idCol} and {@code sourceCol} (optional: the record's docId and source), {@code outputCol} (default
 * {@code record}: one struct column) or {@code flatten} (the record's fields as top-level columns instead), and
 * {@code timeLimit} (seconds per article, as {@code batch --time-limit}). The models are loaded once per executor
 * JVM ({@link ExecutorPipeline}), not held by the transformer, which is only its params and saves as such
 * ({@link DefaultParamsWritable}).
 */
public final class NewsExtractTransformer extends Transformer implements DefaultParamsWritable {

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> idCol;
    private final Param<String> sourceCol;
    private final Param<String> outputCol;
    private final BooleanParam flatten;
    private final IntParam timeLimit;

    public NewsExtractTransformer() {
        this(Identifiable.randomUID("newsExtract"));
    }

    public NewsExtractTransformer(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "column of article text (string) or bytes (binary)");
        idCol = new Param<>(this, "idCol", "optional string column of docIds");
        sourceCol = new Param<>(this, "sourceCol", "optional string column of sources (e.g. the file's path)");
        outputCol = new Param<>(this, "outputCol", "struct column for the record (unless flatten)");
        flatten = new BooleanParam(this, "flatten", "the record's fields as top-level columns, not one struct");
        timeLimit = new IntParam(this, "timeLimit", "seconds one article of up to 100,000 bytes may take",
                ParamValidators.gtEq(1));
        setDefault(inputCol, "text");
        setDefault(outputCol, "record");
        setDefault(flatten, false);
        setDefault(timeLimit, 60);
    }

    public static MLReader<NewsExtractTransformer> read() {
        return new DefaultParamsReader<>();
    }

    public static NewsExtractTransformer load(String path) {
        return read().load(path);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> idCol() {
        return idCol;
    }

    public Param<String> sourceCol() {
        return sourceCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public BooleanParam flatten() {
        return flatten;
    }

    public IntParam timeLimit() {
        return timeLimit;
    }

    public NewsExtractTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public NewsExtractTransformer setIdCol(String value) {
        set(idCol, value);
        return this;
    }

    public NewsExtractTransformer setSourceCol(String value) {
        set(sourceCol, value);
        return this;
    }

    public NewsExtractTransformer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public NewsExtractTransformer setFlatten(boolean value) {
        set(flatten, value);
        return this;
    }

    public NewsExtractTransformer setTimeLimit(int seconds) {
        set(timeLimit, seconds);
        return this;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        ArticleInput.ofColumns(schema, getOrDefault(inputCol), optional(idCol), optional(sourceCol));
        List<StructField> added = isFlat() ? Arrays.asList(RecordSchema.record().fields())
                : List.of(DataTypes.createStructField(getOrDefault(outputCol), RecordSchema.record(), true));
        List<String> names = Arrays.asList(schema.fieldNames());
        List<StructField> fields = new ArrayList<>(Arrays.asList(schema.fields()));
        for (StructField f : added) {
            if (names.contains(f.name())) {
                throw new IllegalArgumentException("the input already has a column " + f.name()
                        + (isFlat() ? ": rename it, or leave flatten off" : ": choose another outputCol"));
            }
            fields.add(f);
        }
        return DataTypes.createStructType(fields);
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType out = transformSchema(dataset.schema());
        ArticleInput input = ArticleInput.ofColumns(dataset.schema(), getOrDefault(inputCol), optional(idCol),
                optional(sourceCol));
        ExtractPartition.Mode mode = isFlat() ? ExtractPartition.Mode.APPEND_FIELDS
                : ExtractPartition.Mode.APPEND_STRUCT;
        return dataset.toDF().mapPartitions(new ExtractPartition(input, mode, (Integer) getOrDefault(timeLimit), null),
                Encoders.row(out));
    }

    @Override
    public NewsExtractTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    private boolean isFlat() {
        return (Boolean) getOrDefault(flatten);
    }

    private String optional(Param<String> p) {
        return isDefined(p) ? getOrDefault(p) : null;
    }
}
