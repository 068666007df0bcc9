package io.newsextract.segment;

import io.newsextract.api.Artifact;
import io.newsextract.api.CleanText;
import io.newsextract.api.Document;
import io.newsextract.api.Paragraphs;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.api.Token;
import io.newsextract.lexicon.LanguageConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences and tokens with offsets into the original text. The clean text is cut into paragraphs first (a sentence
 * never crosses one, and a huge article is tokenised piece by piece); hard-wrapped text, where single line breaks
 * fall inside sentences, is cut at blank lines only. Overlong sentences are cut so later stages stay linear.
 */
public final class SegmentationStage implements Stage {

    /** A "sentence" longer than this (a list, a table, text without punctuation) is cut into pieces. */
    static final int MAX_SENTENCE_TOKENS = 200;

    private final Map<String, ContainedSegmenter> segmenters = new HashMap<>();

    public SegmentationStage(Map<String, LanguageConfig> languages) {
        languages.forEach((lang, config) -> segmenters.put(lang, new ContainedSegmenter(new CoreNlpSegmenter(config))));
    }

    /** The names of the fallbacks that segment a piece CoreNLP failed on, as the trace records them. */
    public static List<String> ruleNames() {
        return List.of(ContainedSegmenter.RETRY_PADDED, ContainedSegmenter.PLAIN_WORDS);
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.LANGUAGE, Artifact.CLEAN_TEXT);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.SENTENCES);
    }

    @Override
    public boolean supports(String language) {
        return segmenters.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        ContainedSegmenter segmenter = segmenters.get(document.languageCode());
        CleanText clean = document.clean();
        List<Sentence> sentences = new ArrayList<>();
        List<ContainedSegmenter.Fallback> fallbacks = new ArrayList<>();
        for (Span para : paragraphs(clean.text())) {
            String paragraph = para.of(clean.text());
            for (List<Segmenter.Word> words : segmenter.split(paragraph, para.start(), fallbacks)) {
                for (int from = 0; from < words.size(); from += MAX_SENTENCE_TOKENS) {
                    List<Segmenter.Word> piece = words.subList(from, Math.min(words.size(), from + MAX_SENTENCE_TOKENS));
                    sentences.add(sentence(sentences.size(), piece, para.start(), clean));
                }
            }
        }
        return ContainedSegmenter.report(document.withSentences(sentences), fallbacks);
    }

    private static Sentence sentence(int index, List<Segmenter.Word> words, int base, CleanText clean) {
        List<Token> tokens = new ArrayList<>(words.size());
        for (Segmenter.Word w : words) {
            Span original = clean.toOriginal(base + w.start(), base + w.end());
            tokens.add(new Token(tokens.size(), original, w.form(), null, null, null));
        }
        Span span = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        return new Sentence(index, span, tokens);
    }

    /** Paragraph spans of the clean text, without their surrounding whitespace. */
    static List<Span> paragraphs(String text) {
        boolean hardWrapped = Paragraphs.isHardWrapped(text);
        List<Span> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            boolean end = i == text.length();
            if (!end && text.charAt(i) == '\n' && hardWrapped) {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                end = j < text.length() && text.charAt(j) == '\n';
            } else if (!end) {
                end = text.charAt(i) == '\n';
            }
            if (end) {
                addTrimmed(text, start, i, out);
                start = i + 1;
            }
            i++;
        }
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Span s = Span.stripped(text, start, end);
        if (s.length() > 0) {
            out.add(s);
        }
    }
}
