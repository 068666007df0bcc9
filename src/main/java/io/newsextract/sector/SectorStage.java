package io.newsextract.sector;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Sentence;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.SurfaceToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sectors the article talks about (the ids of SECTORS.md), each with every mention, from a lexicon of words and
 * multi-word terms per language ({@link SectorLexicon}). Sectors are listed in order of first mention.
 */
public final class SectorStage implements Stage {

    private final Map<String, SectorLexicon> lexicons = new LinkedHashMap<>();

    /** Loads the lexicon of each language that has a {@code models/<lang>/sectors.tsv}. */
    public SectorStage(Collection<String> languages) {
        Map<String, String> labels = SectorLexicon.loadLabels();
        for (String lang : languages) {
            if (LanguageData.exists(lang, "sectors.tsv")) {
                lexicons.put(lang, SectorLexicon.load(lang, labels));
            }
        }
    }

    @Override
    public String name() {
        return "sectors";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.LEMMAS);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.SECTORS);
    }

    @Override
    public boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        SectorLexicon lexicon = lexicons.get(document.languageCode());
        Map<String, List<TextSpan>> mentions = new LinkedHashMap<>();
        for (Sentence s : document.sentences()) {
            List<SurfaceToken> tokens = SurfaceToken.of(s, document.text());
            for (SectorLexicon.Mention m : lexicon.find(tokens)) {
                int start = tokens.get(m.from()).start();
                int end = tokens.get(m.to() - 1).end();
                mentions.computeIfAbsent(m.sector(), k -> new ArrayList<>())
                        .add(TextSpan.of(document.text(), start, end));
            }
        }
        List<SectorHit> hits = new ArrayList<>();
        mentions.forEach((id, spans) -> hits.add(new SectorHit(id, lexicon.label(id), spans)));
        return document.withSectors(hits);
    }
}
