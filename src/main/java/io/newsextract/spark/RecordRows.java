package io.newsextract.spark;

import io.newsextract.api.ArticleRecord;
import io.newsextract.api.ErrorRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a record line ({@link ArticleRecord} or {@link ErrorRecord}) into a {@link Row} of {@link RecordSchema#record()},
 * reading the same record components the schema was derived from, so a value lands in the column of its name.
 */
public final class RecordRows {

    private static final List<RecordComponent> ARTICLE = RecordSchema.articleComponents();

    private RecordRows() {
    }

    /** The row of a record line; anything but an article or an error line is a programming error. */
    public static Row of(Object recordLine) {
        Object[] values = new Object[ARTICLE.size() + 1];
        if (recordLine instanceof ArticleRecord a) {
            for (int i = 0; i < ARTICLE.size(); i++) {
                values[i] = value(read(ARTICLE.get(i), a));
            }
        } else if (recordLine instanceof ErrorRecord e) {
            values[indexOf("schemaVersion")] = e.schemaVersion();
            values[indexOf("docId")] = e.docId();
            values[indexOf("source")] = e.source();
            values[ARTICLE.size()] = value(e.error());
        } else {
            throw new IllegalArgumentException("not a record line: " + recordLine);
        }
        return RowFactory.create(values);
    }

    private static int indexOf(String component) {
        for (int i = 0; i < ARTICLE.size(); i++) {
            if (ARTICLE.get(i).getName().equals(component)) {
                return i;
            }
        }
        throw new IllegalStateException("ArticleRecord has no component " + component);
    }

    /** A record component's value as Spark's row encoder takes it: structs as rows, lists as Scala sequences. */
    private static Object value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(read(components[i], r));
            }
            return RowFactory.create(values);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(value(o));
            }
            return CollectionConverters.asScala(out).toSeq();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + owner.getClass().getName(), e);
        }
    }
}
