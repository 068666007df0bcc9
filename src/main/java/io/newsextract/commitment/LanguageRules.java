package io.newsextract.commitment;

import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;

/** What the commitment stage knows of one language, loaded once from {@code models/<lang>/}. */
record LanguageRules(CommitmentLexicon lexicon, Clauses clauses, Timeframes timeframes, Amounts amounts,
                     Countries countries, SpeechLexicon speech) {

    static LanguageRules load(String language, LanguageResources resources) {
        CommitmentLexicon lexicon = CommitmentLexicon.load(language, resources.patternLists(), resources.classes());
        return new LanguageRules(lexicon, new Clauses(lexicon), Timeframes.load(language), Amounts.load(language),
                resources.countries(), resources.speech());
    }
}
