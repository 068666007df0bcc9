package io.newsextract.commitment;

import io.newsextract.api.Decision;
import io.newsextract.api.DetectedLanguage;
import io.newsextract.api.Document;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Token;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.reading.ReadingStage;
import io.newsextract.reading.SubjectFinder;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commitment rules and their named vetoes on pre-tagged sentences: the language data of models/, no tagger.
 * A sentence is written {@code word/TAG} or {@code word/TAG/lemma}, tokens separated by spaces.
 */
class VetoesTest {

    private static final LanguageRules EN = LanguageRules.load("en", TaggedDoc.RESOURCES.get("en"));
    private static final LanguageRules IT = LanguageRules.load("it", TaggedDoc.RESOURCES.get("it"));
    private static final ReadingStage READING = new ReadingStage(TaggedDoc.RESOURCES);

    /** The sentence's text, surface tokens and the subject finder over its reading. */
    private record Tagged(String text, Sentence sentence, List<SurfaceToken> tokens, SubjectFinder subjects) {
    }

    private static Tagged tagged(String sentence) {
        return tagged("en", sentence);
    }

    /** A sentence written {@code word/TAG} or {@code word/TAG/lemma}, read by the real reading stage. */
    private static Tagged tagged(String lang, String sentence) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String t : sentence.split(" ")) {
            String[] f = t.split("/", -1);
            String word = f[0];
            String lemma = f.length > 2 ? f[2] : word.toLowerCase(Locale.ROOT);
            if (text.length() > 0) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            tokens.add(new Token(tokens.size(), span, word, f[1], lemma, "O"));
        }
        String t = text.toString();
        Sentence s = new Sentence(0, new Span(0, t.length()), tokens);
        Document doc = READING.annotate(Document.of("t", "t.txt", t).withLanguage(new DetectedLanguage(lang, 1.0))
                .withSentences(List.of(s)));
        return new Tagged(t, s, SurfaceToken.of(s, t), new SubjectFinder(doc.reading(),
                TaggedDoc.RESOURCES.get(lang).speech()));
    }

    /** The hits' rules and the trace, e.g. {@code hits [will-action] | scheduled DROPPED 'will address': …}. */
    private static String run(LanguageRules lang, String sentence) {
        Tagged t = tagged(lang == IT ? "it" : "en", sentence);
        List<Decision> trace = new ArrayList<>();
        List<Hit> hits = new Candidates(lang, t.subjects(), trace).of(t.sentence(), t.tokens());
        return "hits " + hits.stream().map(h -> h.rule().name()).toList() + trace.stream()
                .map(d -> " | " + d.rule() + " " + d.verdict() + " '" + d.text() + "': " + d.note())
                .collect(Collectors.joining());
    }

    @Test
    void aScheduleIsNoPledge() {
        assertEquals("hits [] | "
                + "scheduled DROPPED 'will address': will-action: a day, an hour or an event and no amount: a schedule",
                run(EN, "The/DT Treasurer/NNP will/MD address/VB the/DT National/NNP Press/NNP Club/NNP "
                + "on/IN Tuesday/NNP ./."));
    }

    @Test
    void anActorsFutureIsAPledgeAndAForecastIsNot() {
        assertEquals("hits [will-action] | "
                + "no-actor DROPPED 'will welcome': will-action: the rule needs an actor and the clause's subject is none",
                run(EN, "We/PRP will/MD cut/VB payroll/NN tax/NN ;/: markets/NNS will/MD welcome/VB "
                        + "the/DT cut/NN ./."));
    }

    @Test
    void aConditionThatOpensThePartVetoesItsConsequence() {
        assertEquals("hits [] | "
                + "conditional DROPPED 'will close': will-action: the consequence of a condition that opens the sentence part",
                run(EN, "If/IN the/DT market/NN does/VBZ not/RB recover/VB next/JJ year/NN ,/, "
                + "we/PRP will/MD close/VB the/DT plant/NN ./."));
    }

    @Test
    void aShortConditionIsACampaignFrame() {
        assertEquals("hits [will-action]",
                run(EN, "If/IN re-elected/VBN ,/, we/PRP will/MD build/VB a/DT new/JJ hospital/NN ./."));
    }

    @Test
    void aFormerActorsPromiseIsARecord() {
        assertEquals("hits [] | "
                + "former-actor DROPPED 'pledged to': pledge-verb: the subject is dated to the past (previous, allora)",
                run(EN, "The/DT previous/JJ government/NN pledged/VBD/pledge to/TO upgrade/VB every/DT school/NN ./."));
    }

    @Test
    void aPluperfectOutsideReportedSpeechIsARecord() {
        assertEquals("hits [] | "
                + "pluperfect DROPPED 'firmato l' accordo': signed-instrument: a past before the article's past, outside reported speech",
                run(IT, "Il/DET comune/NOUN aveva/AUX firmato/VERB l'/DET accordo/NOUN con/ADP "
                + "la/DET Regione/PROPN ./PUNCT"));
    }

    @Test
    void anItalianFutureWithAnActorIsAPledge() {
        assertEquals("hits [future-action]",
                run(IT, "Il/DET governo/NOUN stanzierà/VERB dieci/NUM milioni/NOUN per/ADP le/DET scuole/NOUN ./PUNCT"));
    }

    @Test
    void pastTenseIsLanguageData() {
        assertTrue(EN.lexicon().past(tagged("The/DT city/NN committed/VBD/commit $/$ 5/CD million/CD").tokens(), 2));
        assertFalse(EN.lexicon().past(tagged("The/DT city/NN will/MD commit/VB/commit $/$ 5/CD").tokens(), 3));
        assertTrue(IT.lexicon().past(tagged("Il/DET governo/NOUN ha/AUX già/ADV firmato/VERB").tokens(), 4));
        assertTrue(IT.lexicon().past(tagged("Il/DET governo/NOUN si/PRON è/AUX impegnato/VERB").tokens(), 4));
        assertTrue(IT.lexicon().past(tagged("Il/DET governo/NOUN firmò/VERB").tokens(), 2));
        assertTrue(IT.lexicon().past(tagged("le/DET parti/NOUN concordarono/VERB").tokens(), 2));
        assertFalse(IT.lexicon().past(tagged("io/PRON firmerò/VERB").tokens(), 1));
        assertFalse(IT.lexicon().past(tagged("il/DET governo/NOUN firma/VERB").tokens(), 2));
        assertFalse(IT.lexicon().past(tagged("il/DET governo/NOUN è/AUX pronto/ADJ").tokens(), 3));
    }
}
