package io.newsextract.segment;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the words of a tokenizer whose offsets cannot be trusted (CoreNLP's {@code cdc_tokenize} over Italian) their
 * true offsets, by walking the text with a cursor. The parts of an expanded multi-word token ("del" → "di", "il")
 * carry the surface in {@code originalText} and all get the span of that surface. When a surface cannot be found
 * where expected (a character the tokenizer normalised), the word takes the same number of characters at the cursor.
 * One instance per paragraph: it holds the cursor.
 */
final class OffsetRealigner {

    /** How far past the cursor a surface may start: only whitespace and a few dropped characters lie between. */
    private static final int MAX_GAP = 8;

    private final String text;
    private int cursor;
    private int mismatches;

    OffsetRealigner(String text) {
        this.text = text;
    }

    List<Segmenter.Word> align(List<CoreLabel> tokens) {
        List<Segmenter.Word> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            CoreLabel t = tokens.get(i);
            String surface = surface(t);
            int parts = 1;
            if (!surface.equals(t.word())) {
                while (i + parts < tokens.size() && surface.equals(surface(tokens.get(i + parts)))
                        && !surface.equals(tokens.get(i + parts).word())) {
                    parts++;
                }
            }
            int start = locate(surface);
            int end = Math.min(text.length(), start + surface.length());
            for (int k = 0; k < parts; k++) {
                out.add(new Segmenter.Word(tokens.get(i + k).word(), start, end));
            }
            cursor = end;
            i += parts;
        }
        return out;
    }

    int mismatches() {
        return mismatches;
    }

    private static String surface(CoreLabel t) {
        String o = t.originalText();
        return o == null || o.isEmpty() ? t.word() : o;
    }

    private int locate(String surface) {
        int from = cursor;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int found = text.indexOf(surface, from);
        if (found >= 0 && found - from <= MAX_GAP) {
            return found;
        }
        mismatches++;
        return Math.min(from, text.length());
    }
}
