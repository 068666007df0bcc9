package io.newsextract.reading;

import io.newsextract.api.Artifact;
import io.newsextract.api.CleanText;
import io.newsextract.api.Document;
import io.newsextract.api.Paragraphs;
import io.newsextract.api.PosClass;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.lexicon.SpeechLexicon.QuoteMark;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Reading} the later stages share, once, after tagging: words, paragraphs (see {@link Paragraphs},
 * computed on the clean text and kept as original spans) and the word classes of the language.
 */
public final class ReadingStage implements Stage {

    private final Map<String, SpeechLexicon> lexicons;

    /** For the languages of {@code resources}. */
    public ReadingStage(Map<String, LanguageResources> resources) {
        this.lexicons = LanguageResources.each(resources, LanguageResources::speech);
    }

    @Override
    public String name() {
        return "read";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.CLEAN_TEXT, Artifact.SENTENCES, Artifact.POS_TAGS);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.READING);
    }

    @Override
    public boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        SpeechLexicon lex = lexicons.get(document.languageCode());
        return document.withReading(Reading.of(document, paragraphs(document.clean(), lex), classes(lex)));
    }

    /** Paragraphs of the clean text. */
    static List<Span> paragraphs(CleanText clean, SpeechLexicon lex) {
        StringBuilder opening = new StringBuilder();
        StringBuilder closing = new StringBuilder();
        for (QuoteMark m : lex.quoteMarks()) {
            if (!m.inner() && m.open() != m.close()) {
                opening.append(m.open());
                closing.append(m.close());
            }
        }
        return Paragraphs.of(clean.text(), opening.toString(), closing.toString());
    }

    static PosClass.Source classes(SpeechLexicon lex) {
        return new PosClass.Source() {
            @Override
            public boolean byTag(PosClass c, String tag) {
                return lex.is(c.key(), tag, "");
            }

            @Override
            public boolean byWord(PosClass c, String lowerWord) {
                return lex.is(c.key(), null, lowerWord);
            }
        };
    }
}
