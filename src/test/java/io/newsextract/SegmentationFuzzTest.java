package io.newsextract;

import io.newsextract.api.Document;
import io.newsextract.api.Sentence;
import io.newsextract.api.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Segmentation never loses an article: short passages of the sample articles in {@code corpus/}, mutated the ways
 * real pages differ (line breaks added or removed, final punctuation dropped, quote marks mixed or unbalanced, odd
 * Unicode spaces and dashes), go through the whole pipeline without an exception and with every span valid.
 */
class SegmentationFuzzTest {

    private static final int CASES = 2000;
    private static final long SEED = 20240611L;
    private static final String QUOTES = "«»“”\"‘’'";
    private static final String[] SPACES = {"\u00A0", "\u2009", "\u3000", "\u200B", "\u202F", "\u2007"};
    private static final String[] DASHES = {"–", "—", "‒", "―"};

    @BeforeAll
    static void loadThePipelineOnce() {
        TestPipelines.standard();
    }

    @Test
    void aHeadingAfterASentenceInOneParagraphIsSegmentedNotLost() {
        String text = "Il ponte è stato abbattuto.\nCronologia dei fatti\n";
        Document d = TestPipelines.standard().annotate(Document.of("cdc", "cdc.txt", text));
        assertEquals("Il ponte è stato abbattuto . | Cronologia dei dei fatti fatti", surfaces(d));
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("the tokenizer failed on 'Cronologia dei fatti'"
                + " at [28,48) (StringIndexOutOfBoundsException")), d.warnings().toString());
        SpanValidityTest.assertAllSpansValid(d);
    }

    @Test
    void mutatedPassagesOfTheSampleArticlesKeepEverySpanValid() throws IOException {
        List<String> articles = sampleArticles();
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String passage = passage(articles.get(random.nextInt(articles.size())), random);
            String text = mutate(passage, random);
            try {
                Document d = TestPipelines.standard().annotate(Document.of("fuzz" + i, "fuzz.txt", text));
                SpanValidityTest.assertAllSpansValid(d);
                assertTokensInOrder(d);
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + ": " + escaped(text), e);
            }
        }
    }

    private static String surfaces(Document d) {
        return d.sentences().stream().map(s -> s.tokens().stream().map(t -> d.textOf(t.span()))
                .collect(Collectors.joining(" "))).collect(Collectors.joining(" | "));
    }

    private static void assertTokensInOrder(Document d) {
        int last = 0;
        for (Sentence s : d.sentences()) {
            assertTrue(!s.tokens().isEmpty(), "empty sentence " + s.index());
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= last && t.end() <= d.text().length(), "token " + t + " after " + last);
                last = t.start();
            }
        }
    }

    private static List<String> sampleArticles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("corpus/it")), Files.list(Path.of("corpus/en")))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(TestPipelines::read).toList();
        }
    }

    /** Up to three consecutive non-blank lines from a random place, cut after the first sentence past 150 characters. */
    private static String passage(String article, Random random) {
        List<String> lines = article.lines().filter(l -> !l.isBlank()).toList();
        int from = random.nextInt(lines.size());
        String text = String.join(random.nextBoolean() ? "\n" : "\n\n",
                lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(3))));
        int cut = text.indexOf(". ", 150);
        return cut > 0 && cut < text.length() - 2 ? text.substring(0, cut + 1) : text;
    }

    private static String mutate(String text, Random random) {
        String out = text;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            out = switch (random.nextInt(7)) {
                case 0 -> replaceSome(out, " ", () -> "\n", random);
                case 1 -> out.replace("\n", random.nextBoolean() ? " " : "");
                case 2 -> out.replaceAll("[.!?:;]+(?=[\"»”’]?(\n|$))", "");
                case 3 -> replaceSome(out, null, () -> pick(QUOTES, random), random);
                case 4 -> insertSome(out, () -> pick(QUOTES, random), random);
                case 5 -> replaceSome(out, " ", () -> SPACES[random.nextInt(SPACES.length)], random);
                default -> random.nextBoolean() ? replaceSome(out, "-", () -> DASHES[random.nextInt(DASHES.length)], random)
                        : insertSome(out, () -> " " + DASHES[random.nextInt(DASHES.length)] + " ", random);
            };
        }
        return out.isBlank() ? text : out;
    }

    /** Replaces about a third of the occurrences of {@code target} (of any quote mark when null). */
    private static String replaceSome(String text, String target, java.util.function.Supplier<String> by, Random random) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hit = target == null ? QUOTES.indexOf(c) >= 0 : target.charAt(0) == c;
            b.append(hit && random.nextInt(3) == 0 ? by.get() : String.valueOf(c));
        }
        return b.toString();
    }

    private static String insertSome(String text, java.util.function.Supplier<String> what, Random random) {
        StringBuilder b = new StringBuilder(text);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            b.insert(random.nextInt(b.length() + 1), what.get());
        }
        return b.toString();
    }

    private static String pick(String chars, Random random) {
        return String.valueOf(chars.charAt(random.nextInt(chars.length())));
    }

    private static String escaped(String text) {
        List<String> parts = new ArrayList<>();
        text.codePoints().forEach(c -> parts.add(c == '\n' ? "\\n" : c > 0x7E && !Character.isLetter(c)
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return String.join("", parts);
    }
}
