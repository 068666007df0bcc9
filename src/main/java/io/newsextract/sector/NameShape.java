package io.newsextract.sector;

import io.newsextract.lexicon.PosClasses;
import io.newsextract.lexicon.SurfaceToken;

import java.util.List;
import java.util.Locale;

/**
 * Whether a term of one sentence is a word of a capitalised name, judged from the letter case of the original text:
 * a capitalised (not all-capitals) word of the term with a capitalised word right after it ("Semiconductor
 * Manufacturing"), or before it, directly or across function words ("Japan Bank", "College of Medicine",
 * "Department for Energy"). A sentence-initial capital is no name by itself. A headline in title case carries no
 * such signal: none of its words counts as a name.
 */
final class NameShape {

    /** Share of capitalised content words (of 4+ letters) from which a sentence is a title-case headline. */
    private static final double TITLE_CASE_SHARE = 0.9;
    private static final int MIN_TITLE_WORDS = 3;
    private static final int CONTENT_WORD_LENGTH = 4;

    private final List<SurfaceToken> tokens;
    private final String text;
    private final PosClasses classes;
    private final boolean titleCase;

    /** {@code classes}' {@code name-glue}: the function words a name may contain ("of", "and", "the", "'s"). */
    NameShape(List<SurfaceToken> tokens, String text, PosClasses classes) {
        this.tokens = tokens;
        this.classes = classes;
        this.text = text;
        this.titleCase = titleCase();
    }

    /** Whether tokens [from, to) hold a capitalised word that belongs to a longer capitalised name. */
    boolean insideName(int from, int to) {
        if (titleCase) {
            return false;
        }
        boolean capital = false;
        for (int k = from; k < to; k++) {
            capital |= capitalised(k) && !allCapitals(k);
        }
        if (!capital) {
            return false;
        }
        if (to < tokens.size() && capitalised(to)) {
            return true;
        }
        for (int k = from - 1; k >= 0; k--) {
            if (capitalised(k)) {
                return k == from - 1 || !sentenceStart(k);
            }
            if (!classes.anyTag("name-glue", tokens.get(k).tags()) || sentenceStart(k)) {
                return false;
            }
        }
        return false;
    }

    private boolean titleCase() {
        int words = 0;
        int capitalised = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (isWord(k) && surface(k).length() >= CONTENT_WORD_LENGTH) {
                words++;
                capitalised += capitalised(k) ? 1 : 0;
            }
        }
        return words >= MIN_TITLE_WORDS && capitalised >= TITLE_CASE_SHARE * words;
    }

    private boolean sentenceStart(int i) {
        for (int k = 0; k < i; k++) {
            if (isWord(k)) {
                return false;
            }
        }
        return true;
    }

    private String surface(int k) {
        SurfaceToken t = tokens.get(k);
        return text.substring(t.start(), t.end());
    }

    private boolean isWord(int k) {
        String s = surface(k);
        return !s.isEmpty() && Character.isLetter(s.codePointAt(0));
    }

    private boolean capitalised(int k) {
        return isWord(k) && Character.isUpperCase(surface(k).codePointAt(0));
    }

    private boolean allCapitals(int k) {
        String s = surface(k);
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT));
    }
}
