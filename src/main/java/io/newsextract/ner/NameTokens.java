package io.newsextract.ner;

import io.newsextract.api.Token;

import java.util.List;
import java.util.Locale;

/** What the entity repairs ask of a single token: its letter case, whether the tagger labelled it. */
final class NameTokens {

    private NameTokens() {
    }

    static boolean isCapitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }

    static boolean isUntagged(Token t) {
        return t.ner() == null || t.ner().equals("O");
    }

    static boolean isNumeral(Token t) {
        return !t.word().isEmpty() && Character.isDigit(t.word().codePointAt(0));
    }

    static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** Whether every token of [from, to) is capitalised ({@code capitalised}) or none is (not). */
    static boolean all(List<Token> tokens, int from, int to, boolean capitalised) {
        for (int i = from; i < to; i++) {
            if (isCapitalised(tokens.get(i)) != capitalised) {
                return false;
            }
        }
        return true;
    }
}
