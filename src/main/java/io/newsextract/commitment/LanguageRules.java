package io.newsextract.commitment;

import io.newsextract.lexicon.Countries;

/** What the commitment stage knows of one language, loaded once from {@code models/<lang>/}. */
record LanguageRules(CommitmentLexicon lexicon, Clauses clauses, Timeframes timeframes, Countries countries) {

    static LanguageRules load(String language) {
        CommitmentLexicon lexicon = CommitmentLexicon.load(language);
        return new LanguageRules(lexicon, new Clauses(lexicon), Timeframes.load(language), Countries.load(language));
    }
}
