package io.newsextract.spark;

import io.newsextract.api.ArticleRecord;
import io.newsextract.api.ErrorRecord;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Spark schema of a record line: the fields of {@link ArticleRecord} (SCHEMA.md), in the order and with the names
 * they have in JSON, followed by the {@code error} of an {@link ErrorRecord}; an article has a null error, an error
 * line null article fields. Derived from the Java record types themselves, so the columns follow the record whenever
 * the record changes: a component that is a {@code List} becomes an array, a nested record a struct, a primitive a
 * non-null column. The debug {@code trace} is not part of the contract and has no column.
 */
public final class RecordSchema {

    /** Components of {@link ArticleRecord} left out of the schema. */
    static final List<String> OMITTED = List.of("trace");
    /** The column holding an error line's {@code {kind, message}}. */
    public static final String ERROR = "error";

    /** Amounts are exact decimals ({@code BigDecimal}): Spark's default decimal for them, 38 digits, 18 after the point. */
    private static final Map<Class<?>, DataType> SCALARS = Map.ofEntries(
            Map.entry(String.class, DataTypes.StringType), Map.entry(Integer.class, DataTypes.IntegerType),
            Map.entry(int.class, DataTypes.IntegerType), Map.entry(Long.class, DataTypes.LongType),
            Map.entry(long.class, DataTypes.LongType), Map.entry(Double.class, DataTypes.DoubleType),
            Map.entry(double.class, DataTypes.DoubleType), Map.entry(Boolean.class, DataTypes.BooleanType),
            Map.entry(boolean.class, DataTypes.BooleanType),
            Map.entry(BigDecimal.class, DataTypes.createDecimalType(38, 18)));

    private static final StructType RECORD = build();

    private RecordSchema() {
    }

    /** The schema of one record line: article fields, then {@code error}. */
    public static StructType record() {
        return RECORD;
    }

    /** The record components that have a column, in column order (the article's; {@code error} comes after). */
    static List<RecordComponent> articleComponents() {
        List<RecordComponent> out = new ArrayList<>();
        for (RecordComponent c : ArticleRecord.class.getRecordComponents()) {
            if (!OMITTED.contains(c.getName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static StructType build() {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : articleComponents()) {
            fields.add(field(c));
        }
        fields.add(DataTypes.createStructField(ERROR, struct(ErrorRecord.Failure.class), true));
        return DataTypes.createStructType(fields);
    }

    static StructType struct(Class<?> recordType) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            fields.add(field(c));
        }
        return DataTypes.createStructType(fields);
    }

    private static StructField field(RecordComponent c) {
        return DataTypes.createStructField(c.getName(), typeOf(c.getGenericType()), !c.getType().isPrimitive());
    }

    static DataType typeOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0]), true);
        }
        if (type instanceof Class<?> c) {
            DataType scalar = SCALARS.get(c);
            if (scalar != null) {
                return scalar;
            }
            if (c.isEnum()) {
                return DataTypes.StringType;
            }
            if (c.isRecord()) {
                return struct(c);
            }
        }
        throw new IllegalArgumentException("no Spark type for the record field type " + type.getTypeName());
    }
}
