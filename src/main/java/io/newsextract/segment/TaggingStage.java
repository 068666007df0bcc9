package io.newsextract.segment;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Sentence;
import io.newsextract.api.Stage;
import io.newsextract.api.Token;
import io.newsextract.lexicon.LanguageConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Part-of-speech tags (CoreNLP's maximum-entropy tagger of each language) and lemmas: English through CoreNLP's
 * morphology, other languages as the lower-cased word until a lemmatizer for them is configured.
 */
public final class TaggingStage implements Stage {

    private final Map<String, MaxentTagger> taggers = new HashMap<>();
    private final Map<String, String> lemmatizers = new HashMap<>();

    public TaggingStage(Map<String, LanguageConfig> languages) {
        languages.forEach((lang, config) -> {
            if (config.posModel() != null) {
                taggers.put(lang, new MaxentTagger(config.posModel()));
                lemmatizers.put(lang, config.lemmatizer());
            }
        });
    }

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.POS_TAGS, Artifact.LEMMAS);
    }

    @Override
    public boolean supports(String language) {
        return taggers.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        MaxentTagger tagger = taggers.get(document.languageCode());
        boolean english = "english-morphology".equals(lemmatizers.get(document.languageCode()));
        Morphology morphology = english ? new Morphology() : null;   // not thread-safe: one per call
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                CoreLabel l = new CoreLabel();
                l.setWord(t.word());
                l.setValue(t.word());
                labels.add(l);
            }
            tagger.tagCoreLabels(labels);
            List<Token> tagged = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                Token t = s.tokens().get(i);
                String tag = labels.get(i).tag();
                String lemma = english ? morphology.lemma(t.word(), tag) : t.word().toLowerCase(Locale.ROOT);
                tagged.add(t.withTags(tag, lemma));
            }
            out.add(s.withTokens(tagged));
        }
        return document.withSentences(out);
    }
}
