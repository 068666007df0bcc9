package io.newsextract.commitment;

import java.util.Locale;

/**
 * How strongly a pledge binds its actors, strongest first. The same definitions hold in every language; the rules
 * files ({@code models/<lang>/commitments.tsv}) give each rule one of these.
 */
public enum Strength {
    /** A written instrument was signed or concluded: a memorandum of understanding, an agreement, a treaty, a contract. */
    SIGNED,
    /** The actors bind themselves in so many words: pledge, commit, vow, promise, undertake, "impegnarsi". */
    COMMITMENT,
    /** Two or more actors (or one by a formal decision) settled on a course of action: agree, concur, decide, reach a deal. */
    AGREEMENT,
    /** An existing commitment or will is stated again: reaffirm, reiterate, renew, "ribadire l'impegno". */
    REAFFIRMATION,
    /** A stated plan or aim without a binding word: will/shall + action, aim, plan, intend, look forward to, share the will. */
    INTENTION;

    /** The lower-case name the records use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Strength of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
