package io.newsextract.quote;

import io.newsextract.api.Token;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.List;

/**
 * Matching of the lexicon's phrases against tokens, by their surface text in the original (so that Italian "dei",
 * which the tokenizer expands to "di" + "i" over one span, is matched as the one word the writer typed).
 */
public final class SpeechCues {

    private SpeechCues() {
    }

    /** The surface word of a token in the original text. */
    public static String surface(String text, Token t) {
        return text.substring(t.start(), t.end());
    }

    /**
     * Matches {@code words} (lower case, "*" = any one word) at token {@code k}; returns the index just after the
     * match, or -1. Tokens that repeat the span of the token before them (expanded multi-word tokens) are skipped.
     */
    public static int phraseAt(String text, List<Token> tokens, int k, List<String> words) {
        int i = k;
        for (String w : words) {
            while (i > k && i < tokens.size() && tokens.get(i).span().equals(tokens.get(i - 1).span())) {
                i++;
            }
            if (i >= tokens.size()) {
                return -1;
            }
            if (!w.equals("*") && !w.equals(SpeechLexicon.lower(surface(text, tokens.get(i))))) {
                return -1;
            }
            i++;
        }
        while (i < tokens.size() && i > 0 && tokens.get(i).span().equals(tokens.get(i - 1).span())) {
            i++;
        }
        return i;
    }

    /** The end of an "according to" phrase starting at token {@code k}, or -1. */
    public static int accordingToAt(String text, List<Token> tokens, int k, SpeechLexicon lex) {
        for (List<String> phrase : lex.accordingTo()) {
            int end = phraseAt(text, tokens, k, phrase);
            if (end > k) {
                return end;
            }
        }
        return -1;
    }

    /** A speech verb standing as a word of its own: "called" in "so-called" is not one. */
    public static boolean isSpeechVerb(String text, Token t, SpeechLexicon lex) {
        boolean glued = (t.start() > 0 && text.charAt(t.start() - 1) == '-')
                || (t.end() < text.length() && text.charAt(t.end()) == '-');
        return !glued && lex.verb(surface(text, t)).isPresent();
    }

    /** Whether a token is only punctuation. */
    public static boolean isPunctuation(String text, Token t) {
        return surface(text, t).codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
