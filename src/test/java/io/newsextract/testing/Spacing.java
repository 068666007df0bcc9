package io.newsextract.testing;

/**
 * Where the text of a {@link TaggedDoc} has no space between two words: before closing punctuation and closing
 * marks, after opening marks and brackets and after an elision ("all'", "l’"). A straight double quote opens and
 * closes in turn. Stateful: one instance per text, asked about every word in order.
 */
final class Spacing {

    enum Force { NONE, GLUE, SPACE }

    private static final String CLOSING = ",.;:!?)]%…”»’";
    private static final String OPENING = "([“«‘";

    private boolean afterOpening = true;
    private boolean straightOpen;

    /** Whether {@code word} is glued to the word before it; {@code force} overrides the default. */
    boolean glued(String word, Force force) {
        boolean glue = afterOpening || closing(word);
        if (word.equals("\"")) {
            glue = afterOpening || straightOpen;
            straightOpen = !straightOpen;
            afterOpening = straightOpen;
        } else {
            afterOpening = word.length() == 1 && OPENING.indexOf(word.charAt(0)) >= 0
                    || word.length() > 1 && (word.endsWith("'") || word.endsWith("’"));
        }
        return force == Force.NONE ? glue : force == Force.GLUE;
    }

    /** The default alone, without changing the state: what {@link #glued} would answer with no force. */
    boolean wouldGlue(String word) {
        return afterOpening || (word.equals("\"") ? straightOpen : closing(word));
    }

    private static boolean closing(String word) {
        if (word.length() > 1 && (word.startsWith("'") || word.startsWith("’"))) {
            return true;   // 's, ’s
        }
        return !word.isEmpty() && word.chars().allMatch(c -> CLOSING.indexOf(c) >= 0);
    }
}
