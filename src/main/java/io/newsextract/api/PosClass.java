package io.newsextract.api;

/**
 * The word classes the middle stages ask about. Which POS tags and which words make up each class is language
 * knowledge, in {@code models/<lang>/pos-classes.tsv}; the {@link Reading} holds the answer for every word.
 */
public enum PosClass {
    VERB("verb"),
    AUX("aux"),
    ADVERB("adverb"),
    PROPER("proper"),
    DETERMINER("determiner"),
    ADPOSITION("adposition"),
    NOUN("noun"),
    PRONOUN("pronoun"),
    ADJECTIVE("adjective"),
    CLAUSE_OPENER("clause-opener"),
    FINITE_VERB("finite-verb"),
    PLURAL_NOUN("plural-noun"),
    RELATIVE("relative"),
    SUBJECT_RELATIVE("subject-relative"),
    FEMININE("feminine"),
    MASCULINE("masculine"),
    ARTICULATED("articulated"),
    /** Singular definite articles and the prepositions joined with them: "il ministro" is someone the article named. */
    DEFINITE("definite"),
    /** The preposition that introduces a passive's agent ("come dichiarato dal ministro", "as stated by"). */
    AGENT("agent"),
    /** The auxiliary of a passive ("è stato accusato di …"): its subject is who the words are about, not who spoke. */
    PASSIVE("passive"),
    /**
     * Words that open a sentence naming the speaker of the quote just before it, with no verb: "«…»: questo il
     * giudizio dell'avvocato X", "«…». Così il ministro X".
     */
    LABEL_OPENER("label-opener"),
    /** A word that makes the role after it a former one ("l'ex premier"): the person named last, whatever role. */
    FORMER("former"),
    /** The possessive clitic ("'s") and the apostrophe after a plural owner ("the leaders' plan"). */
    POSSESSIVE("possessive"),
    /** Nouns, proper nouns, pronouns and numbers: what can head a subject. */
    NOMINAL("nominal"),
    /** Unstressed pronouns that stand between a subject and its verb ("il ministro si è impegnato"). */
    CLITIC("clitic"),
    /**
     * Object pronouns right before a verb ("lo ha paragonato", "l'ha definito"): not its subject, which is dropped or
     * stands before them.
     */
    OBJECT_CLITIC("object-clitic"),
    /** Nouns for an organisation named just before ("l'associazione", "il sindacato"). */
    ORG_ANAPHOR("org-anaphor"),
    /** Entity repairs: words that are never a name on their own when capitalised alone. */
    NOT_A_NAME("not-a-name"),
    /** Entity repairs: adjectives that follow an organisation noun inside its name ("Consiglio permanente"). */
    POSTNOMINAL_ADJECTIVE("postnominal-adjective"),
    /** Sectors: function words a capitalised name may contain ("College of Medicine"). */
    NAME_GLUE("name-glue"),
    /** Sectors: what may stand between the items of a list. */
    LIST_GLUE("list-glue"),
    /** Sectors: the conjunction that joins the last item of a list. */
    LIST_JOINER("list-joiner"),
    /** Nouns that count or group the people after them ("groups of protesters", "migliaia di tifosi"). */
    PARTITIVE("partitive"),
    /**
     * Reported speech: the particle of a phrasal verb ("pushed back on the account"), after which a topic preposition
     * belongs to the verb's idiom, not to what was said.
     */
    PARTICLE("particle"),
    /**
     * Reported speech: the verb of a small clause ("a poll shows Clinton leading"), not a participle that describes
     * the noun before it ("admitted a mistake made by its staff").
     */
    PRESENT_PARTICIPLE("present-participle");

    private final String key;

    PosClass(String key) {
        this.key = key;
    }

    /** The class's name in {@code pos-classes.tsv}. */
    public String key() {
        return key;
    }

    /** What a language says about its word classes: by POS tag, and by the (lower-case) word itself. */
    public interface Source {
        boolean byTag(PosClass c, String tag);

        boolean byWord(PosClass c, String lowerWord);
    }
}
