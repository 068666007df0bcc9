package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.reading.SubjectFinder;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A headline "Source: content" ({@link CueFinder#HEADLINE}). */
class HeadlineCueTest {

    /** The contents the finder reads in the first sentence, the words of {@code named} naming a source. */
    private static String contents(String notation, String named) {
        return contents(notation, named, 0);
    }

    /** The contents the finder reads in sentence {@code sentence}, the words of {@code named} naming a source. */
    private static String contents(String notation, String named, int sentence) {
        Document doc = TaggedDoc.parse("en", notation);
        LanguageResources en = TaggedDoc.RESOURCES.get("en");
        SentenceWords s = new SentenceWords(new SubjectFinder(doc.reading(), en.speech()), sentence, en.speech(),
                en.entityLabels());
        int at = doc.text().indexOf(named);
        List<Span> spans = named.isEmpty() ? List.of() : List.of(new Span(at, at + named.length()));
        return new CueFinder(s, spans).find(List.of()).stream()
                .map(c -> c.rule() + " '" + doc.textOf(c.content()) + "'" + (c.subject() == null ? ""
                        : " <- '" + doc.reading().surface(c.subject().word()) + "'"))
                .collect(Collectors.joining("; "));
    }

    @Test
    void aNamedSourceBeforeTheColonReportsWhatFollows() {
        assertEquals("cue-headline 'Gennifer Flowers Won't Be at Debate' <- 'Pence'",
                contents("Pence/NNP :/: Gennifer/NNP Flowers/NNP Won't/MD Be/VB at/IN Debate/NNP ./.", "Pence"));
    }

    @Test
    void aSpeakerNounBeforeTheColonNamesASourceToo() {
        assertEquals("cue-headline 'Fire at the plant was arson' <- 'Police'",
                contents("Police/NNS :/: Fire/NN at/IN the/DT plant/NN was/VBD arson/NN", ""));
    }

    @Test
    void aHeadlineOfFewerThanThreeWordsReportsNothing() {
        assertEquals("", contents("Pence/NNP :/: Not/RB now/RB ./.\nMore/JJR text/NN", "Pence"));
    }

    @Test
    void onlyTheFirstSentenceIsAHeadline() {
        assertEquals("", contents("The/DT talks/NNS went/VBD on/RP ./.\nPence/NNP :/: Gennifer/NNP Flowers/NNP "
                + "Won't/MD Be/VB at/IN Debate/NNP ./.", "Pence", 1));
    }

    @Test
    void noSourceNoHeadlineCue() {
        assertEquals("", contents("The/DT Latest/NNP :/: Trump/NNP 's/POS leaked/VBN taxes/NNS not/RB from/IN "
                + "Connecticut/NNP ./.", "Trump"));
    }
}
