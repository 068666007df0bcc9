package io.newsextract.lexicon;

import io.newsextract.api.Reading;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Token;
import io.newsextract.api.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One word of original text as the lexicon matchers see it. Tokens that share a span (Italian "della" expanded to
 * "di" + "la") become one surface token, grouped as the {@link Word}s of the shared reading are, that answers to its
 * surface form and to each expanded word.
 *
 * @param index   position among the sentence's surface tokens
 * @param surface the original text, lower-cased
 * @param words   the model words, lower-cased
 * @param lemmas  the lemmas, lower-cased (the words again where no lemma is known)
 * @param tags    the part-of-speech tags (empty strings where untagged)
 * @param entity  whether an entity recogniser labelled any of the tokens
 */
public record SurfaceToken(int index, Span span, String surface, List<String> words, List<String> lemmas,
                           List<String> tags, boolean entity) {

    public SurfaceToken {
        words = List.copyOf(words);
        lemmas = List.copyOf(lemmas);
        tags = List.copyOf(tags);
    }

    /** The sentence's words (see {@link Word#group}) as surface tokens. */
    public static List<SurfaceToken> of(Sentence sentence, String text) {
        List<SurfaceToken> out = new ArrayList<>();
        for (List<Token> group : Word.group(sentence.tokens())) {
            out.add(merge(out.size(), group, text));
        }
        return out;
    }

    private static SurfaceToken merge(int index, List<Token> group, String text) {
        List<String> words = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean entity = false;
        for (Token t : group) {
            String word = lower(t.word());
            words.add(word);
            lemmas.add(t.lemma() == null ? word : lower(t.lemma()));
            tags.add(t.pos() == null ? "" : t.pos());
            entity |= t.ner() != null && !"O".equals(t.ner());
        }
        Span span = group.get(0).span();
        return new SurfaceToken(index, span, lower(span.of(text)), words, lemmas, tags, entity);
    }

    /** Whether the surface form, a word or a lemma equals {@code form} (lower case). */
    public boolean is(String form) {
        return surface.equals(form) || words.contains(form) || lemmas.contains(form);
    }

    /** Whether the surface form, a word or a lemma starts with {@code prefix} (lower case). */
    public boolean startsWith(String prefix) {
        if (surface.startsWith(prefix)) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith(prefix) || lemmas.get(i).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any tag starts with one of the prefixes. */
    public boolean hasTag(List<String> prefixes) {
        for (String tag : tags) {
            for (String p : prefixes) {
                if (tag.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the token is punctuation only (no letter or digit). */
    public boolean isPunctuation() {
        return Reading.isPunctuation(surface);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
