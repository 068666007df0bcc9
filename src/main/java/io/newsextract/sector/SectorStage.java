package io.newsextract.sector;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Sentence;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.PosClasses;
import io.newsextract.lexicon.SurfaceToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sectors the article talks about (the ids of SECTORS.md), each with every mention, from a lexicon of words and
 * multi-word terms per language ({@link SectorLexicon}). Sectors are listed in order of first mention.
 *
 * <p>A sector needs evidence that the article talks about it, not a passing word: in a short article (a release,
 * a wire brief) one mention is enough; in a longer one the sector needs two mentions, or one in the headline or
 * lead. Words of a capitalised name ("Baylor College of Medicine", "Trade Minister") count as no evidence, but are
 * listed among the mentions of a sector that is otherwise found.
 */
public final class SectorStage implements Stage {

    /** Articles up to this many words may count a sector on one mention. */
    static final int SHORT_ARTICLE_WORDS = 300;
    /** Sentences that make up the headline and lead (a date line, the title, the first sentences). */
    static final int LEAD_SENTENCES = 4;
    static final int MIN_MENTIONS = 2;

    private final Map<String, SectorLexicon> lexicons = new LinkedHashMap<>();
    private final Map<String, PosClasses> classes;

    /** For the languages of {@code resources}. */
    public SectorStage(Map<String, LanguageResources> resources) {
        resources.forEach((lang, r) -> lexicons.put(lang, new SectorLexicon(r.sectors(), r.classes())));
        classes = LanguageResources.each(resources, LanguageResources::classes);
    }

    @Override
    public String name() {
        return "sectors";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.POS_TAGS, Artifact.LEMMAS);
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
        Map<String, Evidence> evidence = new HashMap<>();
        int words = 0;
        for (Sentence s : document.sentences()) {
            List<SurfaceToken> tokens = SurfaceToken.of(s, document.text());
            words += (int) tokens.stream().filter(t -> !t.isPunctuation()).count();
            NameShape names = new NameShape(tokens, document.text(), classes.get(document.languageCode()));
            for (SectorLexicon.Mention m : lexicon.find(tokens)) {
                int start = tokens.get(m.from()).start();
                int end = tokens.get(m.to() - 1).end();
                mentions.computeIfAbsent(m.sector(), k -> new ArrayList<>())
                        .add(TextSpan.of(document.text(), start, end));
                if (!names.insideName(m.from(), m.to())) {
                    evidence.merge(m.sector(), new Evidence(1, s.index() < LEAD_SENTENCES), Evidence::plus);
                }
            }
        }
        boolean shortArticle = words <= SHORT_ARTICLE_WORDS;
        List<SectorHit> hits = new ArrayList<>();
        mentions.forEach((id, spans) -> {
            Evidence e = evidence.get(id);
            if (e != null && (shortArticle || e.lead() || e.mentions() >= MIN_MENTIONS)) {
                hits.add(new SectorHit(id, lexicon.label(id), spans));
            }
        });
        return document.withSectors(hits);
    }

    /** Mentions of a sector outside names, and whether one is in the headline or lead. */
    private record Evidence(int mentions, boolean lead) {
        Evidence plus(Evidence other) {
            return new Evidence(mentions + other.mentions, lead || other.lead);
        }
    }
}
