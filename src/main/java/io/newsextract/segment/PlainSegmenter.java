package io.newsextract.segment;

import io.newsextract.api.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last resort when a model tokenizer fails on a piece of text: words, numbers and single symbols found by one
 * pattern, so every offset is exact and nothing can throw. An elided article keeps its apostrophe ("l'", "dell'"),
 * as the statistical tokenizers do. A sentence ends after . ! ? or … and the closing marks that follow it.
 */
final class PlainSegmenter implements Segmenter {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*['’](?=\\p{L})"
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:[.,:/-][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\.{3}"
                    + "|\\S");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "…", "...");
    private static final String CLOSING = "»”\"'’)]";

    @Override
    public List<List<Word>> split(String paragraph) {
        List<List<Word>> out = new ArrayList<>();
        List<Word> sentence = new ArrayList<>();
        boolean ended = false;
        Matcher m = TOKEN.matcher(paragraph);
        while (m.find()) {
            String form = m.group();
            if (ended && CLOSING.indexOf(form.charAt(0)) < 0) {
                out.add(sentence);
                sentence = new ArrayList<>();
                ended = false;
            }
            sentence.add(new Word(form, m.start(), m.end()));
            ended |= SENTENCE_END.contains(form);
        }
        if (!sentence.isEmpty()) {
            out.add(sentence);
        }
        return out;
    }

    /** The sentences of {@code text}, as this segmenter cuts it, from their first word to their last. */
    List<Span> sentenceSpans(String text) {
        List<Span> out = new ArrayList<>();
        for (List<Word> s : split(text)) {
            out.add(new Span(s.get(0).start(), s.get(s.size() - 1).end()));
        }
        return out;
    }
}
