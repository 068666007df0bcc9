package io.newsextract.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanGazetteMatcherTest {

    /** Adds a gazette line the way NERFeatureFactory.readGazette files it: TYPE-GAZ<n> and TYPE-GAZ. */
    private static void line(CleanGazetteBuilder b, String type, String phrase) {
        String[] words = phrase.split(" ");
        b.add(type + "-GAZ" + words.length, words);
        b.add(type + "-GAZ", words);
    }

    private static CleanGazetteMatcher gazette() {
        CleanGazetteBuilder b = CleanGazetteMatcher.builder();
        line(b, "LOC", "Corea del Sud");
        line(b, "LOC", "del Sud");
        line(b, "LOC", "Sud Africa");
        line(b, "LOC", "Roma");
        line(b, "ORG", "Roma");
        line(b, "LOC", "Bora Bora");
        line(b, "ORG", "Banca d' Italia");
        line(b, "PER", "Mario Draghi");
        line(b, "PER", "Mario");
        line(b, "LOC", "Roma");
        return b.build();
    }

    private static List<String> featuresPerWord(CleanGazetteMatcher m, String sentence) {
        List<String> words = List.of(sentence.split(" "));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i) + m.featuresCovering(words, i));
        }
        return out;
    }

    @Test
    void firesOnEveryWordAMatchedEntryCoversIncludingOverlaps() {
        assertEquals(List.of(
                        "La[]",
                        "Corea[LOC-GAZ, LOC-GAZ3]",
                        "del[LOC-GAZ, LOC-GAZ2, LOC-GAZ3]",
                        "Sud[LOC-GAZ, LOC-GAZ2, LOC-GAZ3]",
                        "Africa[LOC-GAZ, LOC-GAZ2]",
                        "e[]",
                        "Roma[LOC-GAZ, LOC-GAZ1, ORG-GAZ, ORG-GAZ1]",
                        ".[]"),
                featuresPerWord(gazette(), "La Corea del Sud Africa e Roma ."));
    }

    @Test
    void overlappingMatchesOfOneEntryAndNestedEntries() {
        assertEquals(List.of("Bora[LOC-GAZ, LOC-GAZ2]", "Bora[LOC-GAZ, LOC-GAZ2]", "Bora[LOC-GAZ, LOC-GAZ2]"),
                featuresPerWord(gazette(), "Bora Bora Bora"));
        assertEquals(List.of("Mario[PER-GAZ, PER-GAZ1, PER-GAZ2]", "Draghi[PER-GAZ, PER-GAZ2]",
                        "e[]", "Mario[PER-GAZ, PER-GAZ1]", "Monti[]"),
                featuresPerWord(gazette(), "Mario Draghi e Mario Monti"));
        assertEquals(List.of("la[]", "Banca[ORG-GAZ, ORG-GAZ3]", "d'[ORG-GAZ, ORG-GAZ3]", "Italia[ORG-GAZ, ORG-GAZ3]"),
                featuresPerWord(gazette(), "la Banca d' Italia"));
    }

    @Test
    void wordsMustMatchExactlyAndEntirelyWithinTheSentence() {
        assertEquals(List.of("roma[]", "ROMA[]", "Corea[]", "del[]"),
                featuresPerWord(gazette(), "roma ROMA Corea del"));
        assertEquals(List.of("Sud[]", "Sudafrica[]"), featuresPerWord(gazette(), "Sud Sudafrica"));
        assertEquals(List.of("Banca[]", "d[]", "Italia[]"), featuresPerWord(gazette(), "Banca d Italia"));
    }

    @Test
    void reportsOncePerCoveringEntryLikeTheStockScan() {
        CleanGazetteMatcher m = gazette();
        List<String> words = List.of("Corea", "del", "Sud");
        List<String> fired = new ArrayList<>();
        m.forEachFeatureCovering(i -> i >= 0 && i < words.size() ? words.get(i) : null, 2,
                id -> fired.add(m.featureName(id)));
        fired.sort(null);
        assertEquals(List.of("LOC-GAZ", "LOC-GAZ", "LOC-GAZ2", "LOC-GAZ3"), fired);
    }

    @Test
    void asksOnlyForWordsWithinTheLongestEntry() {
        CleanGazetteMatcher m = gazette();
        assertEquals(3, m.maxEntryLength());
        Set<Integer> asked = new TreeSet<>();
        m.forEachFeatureCovering(i -> {
            asked.add(i);
            return "del";
        }, 10, id -> { });
        assertTrue(asked.stream().allMatch(i -> i >= 8 && i <= 12), asked::toString);
    }

    @Test
    void countsDistinctEntries() {
        CleanGazetteMatcher m = gazette();
        // 9 distinct lines (LOC Roma twice), two features each
        assertEquals(18, m.entryCount());
        assertEquals(Set.of("LOC-GAZ", "LOC-GAZ1", "LOC-GAZ2", "LOC-GAZ3", "ORG-GAZ", "ORG-GAZ1", "ORG-GAZ3",
                        "PER-GAZ", "PER-GAZ1", "PER-GAZ2"),
                names(m));
    }

    @Test
    void emptyGazetteAndBadEntries() {
        CleanGazetteMatcher empty = CleanGazetteMatcher.builder().build();
        assertEquals(Set.of(), empty.featuresCovering(List.of("Roma"), 0));
        assertEquals(0, empty.maxEntryLength());
        assertThrows(IllegalArgumentException.class, () -> CleanGazetteMatcher.builder().add("LOC-GAZ"));
        CleanGazetteBuilder b = CleanGazetteMatcher.builder();
        b.build();
        assertThrows(IllegalStateException.class, () -> b.add("LOC-GAZ", "Roma"));
    }

    @Test
    void writtenAndReadBackItMatchesAsBefore() throws Exception {
        CleanGazetteBuilder b = CleanGazetteMatcher.builder();
        line(b, "LOC", "Corea del Sud");
        line(b, "LOC", "del Sud");
        line(b, "ORG", "Banca d' Italia");
        line(b, "PER", "Mario Draghi");
        b.add("ODD-GAZ", "\uD800", "x");   // a lone surrogate: words are saved as UTF-16, exactly
        CleanGazetteMatcher m = b.build();
        CleanGazetteMatcher back = roundTrip(m);
        assertEquals(m.entryCount(), back.entryCount());
        assertEquals(m.maxEntryLength(), back.maxEntryLength());
        assertEquals(names(m), names(back));
        for (String sentence : List.of("La Corea del Sud e la Banca d' Italia di Mario Draghi .", "del Sud del Sud",
                "\uD800 x", "Roma")) {
            assertEquals(featuresPerWord(m, sentence), featuresPerWord(back, sentence));
        }
        assertEquals(Set.of("ODD-GAZ"), back.featuresCovering(List.of("\uD800", "x"), 1));
        CleanGazetteMatcher empty = roundTrip(CleanGazetteMatcher.builder().build());
        assertEquals(Set.of(), empty.featuresCovering(List.of("Roma"), 0));
    }

    @Test
    void aDamagedOrCutCopyIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        gazette().writeTo(new DataOutputStream(bytes));
        byte[] whole = bytes.toByteArray();
        for (int cut : new int[] {0, 3, whole.length / 2, whole.length - 1}) {
            ByteBuffer in = ByteBuffer.wrap(Arrays.copyOf(whole, cut));
            assertThrows(IllegalArgumentException.class, () -> CleanGazetteMatcher.readFrom(in), "cut at " + cut);
        }
        byte[] hugeCount = whole.clone();
        hugeCount[8] = 0x7f;   // the word count
        assertThrows(IllegalArgumentException.class, () -> CleanGazetteMatcher.readFrom(ByteBuffer.wrap(hugeCount)));
    }

    private static CleanGazetteMatcher roundTrip(CleanGazetteMatcher m) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.writeTo(new DataOutputStream(bytes));
        ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
        CleanGazetteMatcher back = CleanGazetteMatcher.readFrom(in);
        assertEquals(0, in.remaining(), "reads exactly what was written");
        return back;
    }

    private static Set<String> names(CleanGazetteMatcher m) {
        Set<String> names = new TreeSet<>();
        for (int id = 0; id < m.featureCount(); id++) {
            names.add(m.featureName(id));
        }
        return names;
    }
}
