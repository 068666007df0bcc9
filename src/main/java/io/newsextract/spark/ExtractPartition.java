package io.newsextract.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsextract.io.BatchRunner.Outcome;
import io.newsextract.io.Json;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;

/**
 * The work of one task: every row of its partition through this JVM's pipeline ({@link ExecutorPipeline}), in
 * partition order, one output row per input row, never more, never fewer. Rows are produced as the writer pulls
 * them, so memory holds one article at a time; the same partition always gives the same rows in the same order, so a
 * task that is retried writes exactly what the failed attempt would have, and Spark's commit protocol keeps one
 * attempt's file.
 *
 * @param input      where each row's article is
 * @param mode       what an output row is
 * @param timeLimit  seconds per article of up to 100,000 bytes, as {@code batch --time-limit}
 * @param failOnceAt test only: the first attempt of the task that meets this docId fails there (null: never)
 */
record ExtractPartition(ArticleInput input, Mode mode, int timeLimit, String failOnceAt)
        implements MapPartitionsFunction<Row, Row> {

    enum Mode {
        /** one string column: the line {@code batch} writes to records.jsonl */
        JSON_LINE,
        /** the input row's columns, then the record as one struct column */
        APPEND_STRUCT,
        /** the input row's columns, then the record's fields as columns */
        APPEND_FIELDS
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        TimedExtraction extraction = ExecutorPipeline.extraction(Duration.ofSeconds(timeLimit));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return extract(extraction, rows.next());
            }
        };
    }

    private Row extract(TimedExtraction extraction, Row row) {
        ArticleInput.Article article = input.of(row);
        if (failOnceAt != null && failOnceAt.equals(article.file().docId())
                && TaskContext.get() != null && TaskContext.get().attemptNumber() == 0) {
            String message = "failure injected at " + failOnceAt + " (first attempt of task "
                    + TaskContext.get().partitionId() + ")";
            System.err.println(message);   // Spark's own log may go nowhere: say it where the test can see it
            throw new IllegalStateException(message);
        }
        Outcome outcome = extraction.run(article.file(), article.bytes());
        return switch (mode) {
            case JSON_LINE -> RowFactory.create(jsonLine(outcome.record()));
            case APPEND_STRUCT -> append(row, new Object[] {RecordRows.of(outcome.record())});
            case APPEND_FIELDS -> {
                Row record = RecordRows.of(outcome.record());
                Object[] fields = new Object[record.length()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = record.get(i);
                }
                yield append(row, fields);
            }
        };
    }

    private static Row append(Row row, Object[] extra) {
        Object[] values = new Object[row.length() + extra.length];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        System.arraycopy(extra, 0, values, row.length(), extra.length);
        return RowFactory.create(values);
    }

    private static String jsonLine(Object record) {
        try {
            return Json.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
