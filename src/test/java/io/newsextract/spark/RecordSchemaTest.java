package io.newsextract.spark;

import io.newsextract.api.ArticleRecord;
import io.newsextract.api.ErrorRecord;
import io.newsextract.api.SectorHit;
import io.newsextract.api.TextSpan;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordSchemaTest {

    private static ArticleRecord record() {
        SectorHit energy = new SectorHit("energy", "Energy", List.of(new TextSpan("gas", 4, 7)));
        return new ArticleRecord("1", "d1", "en/d1.txt", "en", 0.98, "2026-01-20", null, List.of(), List.of(),
                List.of(), List.of(energy), List.of(), List.of("a warning"), null);
    }

    @Test
    void theColumnsAreTheJsonFieldsInTheirOrderThenTheError() throws Exception {
        List<String> json = new ArrayList<>();
        io.newsextract.io.Json.MAPPER.readTree(io.newsextract.io.Json.MAPPER.writeValueAsString(record()))
                .fieldNames().forEachRemaining(json::add);
        json.add(RecordSchema.ERROR);
        assertEquals(json, Arrays.asList(RecordSchema.record().fieldNames()));
    }

    @Test
    void nestedRecordsAreStructsAndListsArrays() {
        StructType schema = RecordSchema.record();
        assertEquals("array<struct<id:string,label:string,mentions:array<struct<text:string,start:int,end:int>>>>",
                schema.apply("sectors").dataType().simpleString());
        assertEquals("struct<kind:string,message:string>", schema.apply("error").dataType().simpleString());
        StructType span = (StructType) ((ArrayType) ((StructType) ((ArrayType) schema.apply("sectors").dataType())
                .elementType()).apply("mentions").dataType()).elementType();
        assertEquals("false true", span.apply("start").nullable() + " " + span.apply("text").nullable());
    }

    @Test
    void anArticleFillsItsFieldsAndAnErrorLineOnlyItsOwn() {
        Row article = RecordRows.of(record());
        assertEquals("[1,d1,en/d1.txt,en,0.98,2026-01-20,null,List(),List(),List(),"
                + "List([energy,Energy,List([gas,4,7])]),List(),List(a warning),null]", article.toString());
        Row error = RecordRows.of(ErrorRecord.of("d2", "bad/d2.txt", "binary", "not a text file (PNG image)"));
        assertEquals("[2,d2,bad/d2.txt,null,null,null,null,null,null,null,null,null,null,"
                + "[binary,not a text file (PNG image)]]", error.toString());
    }
}
