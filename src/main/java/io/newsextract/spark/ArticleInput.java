package io.newsextract.spark;

import io.newsextract.io.InputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the article of a row is: the text column (a string, or bytes decoded as {@code batch} decodes a file), or a
 * path and size column listed by the job, read on the executor; and the optional docId and source columns. Holds
 * column positions only, so it travels with a task.
 *
 * @param kind        what the article column holds
 * @param article     position of the text, bytes or path column
 * @param size        position of the size column (paths only), else -1
 * @param docId       position of the docId column, or -1 (null docIds)
 * @param source      position of the source column, or -1 (null sources)
 */
record ArticleInput(Kind kind, int article, int size, int docId, int source) implements Serializable {

    enum Kind { TEXT, BYTES, PATH }

    /** One row's article: what {@code batch} knows of a file, and how to get its bytes. */
    record Article(InputFile file, TimedExtraction.ArticleBytes bytes) {
    }

    /** The article in a text (string) or bytes (binary) column, with optional docId and source columns. */
    static ArticleInput ofColumns(StructType schema, String articleCol, String idCol, String sourceCol) {
        DataType type = schema.apply(articleCol).dataType();
        Kind kind;
        if (type instanceof StringType) {
            kind = Kind.TEXT;
        } else if (type instanceof BinaryType) {
            kind = Kind.BYTES;
        } else {
            throw new IllegalArgumentException("column " + articleCol + " must be a string or binary, not "
                    + type.simpleString());
        }
        return new ArticleInput(kind, schema.fieldIndex(articleCol), -1, optionalIndex(schema, idCol, "docId"),
                optionalIndex(schema, sourceCol, "source"));
    }

    /** The job's listing of files: docId, source, path, size. */
    static ArticleInput ofListing(StructType schema) {
        return new ArticleInput(Kind.PATH, schema.fieldIndex(JobInputs.PATH), schema.fieldIndex(JobInputs.SIZE),
                schema.fieldIndex(JobInputs.DOC_ID), schema.fieldIndex(JobInputs.SOURCE));
    }

    private static int optionalIndex(StructType schema, String col, String what) {
        if (col == null) {
            return -1;
        }
        if (!(schema.apply(col).dataType() instanceof StringType)) {
            throw new IllegalArgumentException("the " + what + " column " + col + " must be a string");
        }
        return schema.fieldIndex(col);
    }

    Article of(Row row) {
        String id = docId < 0 ? null : row.getString(docId);
        String src = source < 0 ? null : row.getString(source);
        return switch (kind) {
            case PATH -> {
                Path path = Path.of(row.getString(article));
                yield new Article(new InputFile(path, id, src, row.getLong(size)), () -> Files.readAllBytes(path));
            }
            case TEXT -> bytes(id, src, row.isNullAt(article) ? new byte[0]
                    : row.getString(article).getBytes(StandardCharsets.UTF_8));
            case BYTES -> bytes(id, src, row.isNullAt(article) ? new byte[0] : (byte[]) row.get(article));
        };
    }

    private static Article bytes(String id, String src, byte[] b) {
        return new Article(new InputFile(null, id, src, b.length), () -> b);
    }
}
