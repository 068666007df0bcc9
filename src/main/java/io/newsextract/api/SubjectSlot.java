package io.newsextract.api;

/**
 * Where the subject of a verb stands, as the one subject finder ({@code io.newsextract.reading.SubjectFinder}) reads
 * it: what stands before the verb and at which word of the {@link Reading} (the conjunction, the relative, the word).
 * Reported speech, attribution and commitments each read it their own way.
 */
public record SubjectSlot(Kind kind, int word) {

    public enum Kind {
        /** Nothing in the clause: the subject is dropped (pro-drop) or the clause opens with the verb. */
        NONE,
        /** A participle ("…, adding that", "spiegando che"): the verb shares its sentence's subject. */
        SHARED,
        /** A conjunction joins the verb to an earlier one ("X said A and warned that B"): the subjects are one. */
        CONJOINED,
        /** A subject relative after a comma ("Rossi, leader di X, che ha ribadito"): its antecedent is the subject. */
        RELATIVE,
        /**
         * A quote, or the comma or dash right after one, before a verb outside quotes ("“…,” said Lee"): the subject,
         * if any, follows the verb.
         */
        AFTER_QUOTE,
        /** A word of the writer's: the subject's last word, or the comma that closes an insertion after it. */
        WORD
    }
}
