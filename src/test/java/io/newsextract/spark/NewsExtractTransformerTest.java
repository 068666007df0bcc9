package io.newsextract.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The DataFrame API in a {@code local[2]} session: its columns are batch's records, field for field. */
class NewsExtractTransformerTest {

    /** A few articles of both languages and every bad input that has bytes (the dangling link has none). */
    private static final List<String> SOURCES = List.of("en/002_e611f32bee1efeaa.txt", "it/000_e3ea19b8992806a7.txt",
            "bad/002_e611f32bee1efeaa.txt", "bad/empty.txt", "bad/blank.txt", "bad/image.txt", "bad/latin1.txt",
            "bad/utf16.txt");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("transformer test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theColumnsAreBatchsRecords() throws Exception {
        Map<String, String> batch = SparkFixture.batchLines();
        Map<String, String> idOf = idsBySource(batch);
        List<Row> rows = new ArrayList<>();
        for (String source : SOURCES) {
            rows.add(RowFactory.create(idOf.get(source), source,
                    Files.readAllBytes(SparkFixture.input().resolve(source))));
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("path", DataTypes.StringType)
                .add("bytes", DataTypes.BinaryType);
        Dataset<Row> articles = spark.createDataFrame(rows, schema).repartition(2);
        NewsExtractTransformer extract = new NewsExtractTransformer().setInputCol("bytes").setIdCol("id")
                .setSourceCol("path");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {extract}).fit(articles);

        List<Row> out = model.transform(articles).select("id", "record").collectAsList();

        assertEquals(SOURCES.size(), out.size());
        for (Row r : out) {
            JsonNode expected = SparkFixture.tree(batch.get(r.getString(0)));
            assertEquals(expected, asRecord(r.getStruct(1)), r.getString(0));
        }
    }

    @Test
    void theJobReadsAJsonTableAndWritesParquetWithTheSameRecords() throws Exception {
        Map<String, String> batch = SparkFixture.batchLines();
        List<String> lines = new ArrayList<>();
        Map<String, String> idOf = idsBySource(batch);
        for (String source : SOURCES.subList(0, 2)) {
            lines.add(JsonNodeFactory.instance.objectNode().put("docId", idOf.get(source)).put("source", source)
                    .put("text", Files.readString(SparkFixture.input().resolve(source))).toString());
        }
        lines.add("{\"docId\":\"" + idOf.get("bad/empty.txt") + "\",\"source\":\"bad/empty.txt\",\"text\":\"\"}");
        Path table = SparkFixture.root().resolve("table.jsonl");
        Files.write(table, lines);
        Path out = SparkFixture.root().resolve("parquet-out");
        NewsExtractJob job = new NewsExtractJob();
        new picocli.CommandLine(job).parseArgs("--in", table.toString(), "--out", out.toString(), "--format", "parquet");

        int code = job.run(spark, System.err);

        assertEquals(NewsExtractJob.SOME_ERRORS, code);
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        assertEquals(lines.size(), rows.size());
        for (Row r : rows) {
            assertEquals(SparkFixture.tree(batch.get(r.getString(r.fieldIndex("docId")))), asRecord(r));
        }
    }

    @Test
    void flattenGivesTheRecordFieldsAsColumnsAndRefusesAClash() {
        StructType in = new StructType().add("text", DataTypes.StringType).add("other", DataTypes.IntegerType);
        StructType flat = new NewsExtractTransformer().setFlatten(true).transformSchema(in);
        assertEquals("[text, other, schemaVersion, docId, source, language, languageConfidence, published, dateline, "
                + "entities, speakers, quotes, sectors, pledges, warnings, error]", Arrays.toString(flat.fieldNames()));
        StructType clash = new StructType().add("text", DataTypes.StringType).add("language", DataTypes.StringType);
        assertThrows(IllegalArgumentException.class,
                () -> new NewsExtractTransformer().setFlatten(true).transformSchema(clash));
        assertThrows(IllegalArgumentException.class,
                () -> new NewsExtractTransformer().setInputCol("other").transformSchema(in));
    }

    @Test
    void savedAndLoadedItKeepsItsParams() throws Exception {
        Path dir = SparkFixture.root().resolve("saved-transformer");
        new NewsExtractTransformer().setInputCol("body").setIdCol("id").setTimeLimit(5).write().overwrite()
                .save(dir.toString());
        NewsExtractTransformer loaded = NewsExtractTransformer.load(dir.toString());
        assertEquals("body id 5 record", loaded.getOrDefault(loaded.inputCol()) + " " + loaded.getOrDefault(loaded.idCol())
                + " " + loaded.getOrDefault(loaded.timeLimit()) + " " + loaded.getOrDefault(loaded.outputCol()));
    }

    private static Map<String, String> idsBySource(Map<String, String> batch) {
        Map<String, String> idOf = new java.util.HashMap<>();
        batch.forEach((id, line) -> idOf.put(SparkFixture.tree(line).get("source").asText(), id));
        return idOf;
    }

    /** A record struct as the JSON batch writes: an error line only has its four fields, an article no error. */
    private static JsonNode asRecord(Row record) {
        ObjectNode node = (ObjectNode) json(record, record.schema());
        boolean failed = !node.get(RecordSchema.ERROR).isNull();
        List<String> drop = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (failed ? node.get(name).isNull() : name.equals(RecordSchema.ERROR)) {
                drop.add(name);
            }
        });
        node.remove(drop);
        return node;
    }

    private static JsonNode json(Object value, DataType type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (type instanceof StructType s) {
            ObjectNode o = f.objectNode();
            Row r = (Row) value;
            for (StructField field : s.fields()) {
                o.set(field.name(), json(r.get(s.fieldIndex(field.name())), field.dataType()));
            }
            return o;
        }
        if (type instanceof ArrayType a) {
            ArrayNode arr = f.arrayNode();
            for (Object o : scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value)) {
                arr.add(json(o, a.elementType()));
            }
            return arr;
        }
        return value instanceof Integer i ? f.numberNode(i) : value instanceof Double d ? f.numberNode(d)
                : value instanceof Boolean b ? f.booleanNode(b) : f.textNode((String) value);
    }
}
