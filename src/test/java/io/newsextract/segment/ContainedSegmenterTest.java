package io.newsextract.segment;

import io.newsextract.api.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The containment ladder on a stand-in model that fails on chosen text: no CoreNLP needed. */
class ContainedSegmenterTest {

    /** Splits like {@link PlainSegmenter} but throws on any text holding "BAD", and on text ending in "del". */
    private static final Segmenter FLAKY = paragraph -> {
        if (paragraph.contains("BAD") || paragraph.endsWith("del")) {
            throw new StringIndexOutOfBoundsException("begin 0, end " + (paragraph.length() + 1));
        }
        return new PlainSegmenter().split(paragraph);
    };

    private static String show(String text, List<List<Segmenter.Word>> sentences) {
        return sentences.stream().map(s -> s.stream().map(w -> text.substring(w.start(), w.end()))
                .collect(Collectors.joining(" "))).collect(Collectors.joining(" | "));
    }

    @Test
    void aParagraphTheModelHandlesIsLeftAlone() {
        List<ContainedSegmenter.Fallback> fallbacks = new ArrayList<>();
        String text = "Il ponte è crollato. Nessun ferito.";
        assertEquals("Il ponte è crollato . | Nessun ferito .",
                show(text, new ContainedSegmenter(FLAKY).split(text, 0, fallbacks)));
        assertEquals(List.of(), fallbacks);
    }

    @Test
    void onlyTheFailingSentenceIsSegmentedAnotherWay() {
        List<ContainedSegmenter.Fallback> fallbacks = new ArrayList<>();
        String text = "Primo rigo.\nC'è un BAD caso. Poi bene.\nFino alla metà del";
        List<List<Segmenter.Word>> sentences = new ContainedSegmenter(FLAKY).split(text, 100, fallbacks);
        assertEquals("Primo rigo . | C' è un BAD caso . | Poi bene . | Fino alla metà del", show(text, sentences));
        assertEquals("[segment-plain-words [112,128) 'C'è un BAD caso.', segment-retry-padded [139,157) "
                        + "'Fino alla metà del']",
                fallbacks.stream().map(f -> f.rule() + " " + f.clean() + " '"
                        + new Span(f.clean().start() - 100, f.clean().end() - 100).of(text) + "'").toList().toString());
        assertEquals("StringIndexOutOfBoundsException: begin 0, end 17", fallbacks.get(0).reason());
    }

    @Test
    void aCancelledArticleStopsInsteadOfFallingBack() {
        Segmenter interrupted = paragraph -> {
            throw new edu.stanford.nlp.util.RuntimeInterruptedException();
        };
        assertThrows(edu.stanford.nlp.util.RuntimeInterruptedException.class,
                () -> new ContainedSegmenter(interrupted).split("Una riga.", 0, new ArrayList<>()));
    }

    @Test
    void plainWordsKeepElisionsNumbersAndClosingMarks() {
        String text = "«Dell’UE, il 3,5% va bene.» Lo dice l'ISTAT... Fine";
        assertEquals("« Dell’ UE , il 3,5 % va bene . » | Lo dice l' ISTAT ... | Fine",
                show(text, new PlainSegmenter().split(text)));
    }
}
