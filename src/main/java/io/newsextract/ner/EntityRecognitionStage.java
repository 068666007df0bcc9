package io.newsextract.ner;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.Sentence;
import io.newsextract.api.Stage;
import io.newsextract.api.Token;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.LanguageData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity mentions from a sequence labeler per language. Runs of one label become mentions, cut where a possessive
 * or a coordination shows two names glued together ("X Association and Italy's Y Association"); the model's labels
 * map to the coarse types PERSON, ORGANIZATION, LOCATION, MISC.
 */
public final class EntityRecognitionStage implements Stage {

    private static final Map<String, String> COARSE = Map.ofEntries(
            Map.entry("PERSON", "PERSON"), Map.entry("PER", "PERSON"),
            Map.entry("ORGANIZATION", "ORGANIZATION"), Map.entry("ORG", "ORGANIZATION"),
            Map.entry("LOCATION", "LOCATION"), Map.entry("LOC", "LOCATION"), Map.entry("GPE", "LOCATION"),
            Map.entry("MISC", "MISC"));
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’", "'S", "’S");

    private final Map<String, SequenceLabeler> labelers;
    private final Map<String, Countries> countries = new HashMap<>();
    private final Map<String, Set<String>> conjunctions = new HashMap<>();

    public EntityRecognitionStage(Map<String, SequenceLabeler> labelers) {
        this.labelers = Map.copyOf(labelers);
        for (String lang : labelers.keySet()) {
            countries.put(lang, Countries.load(lang));
            Set<String> conj = new HashSet<>();
            LanguageData.optionalLines(lang, "conjunctions.txt").ifPresent(lines ->
                    lines.forEach(l -> conj.add(l.toLowerCase(Locale.ROOT))));
            conjunctions.put(lang, conj);
        }
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.ENTITIES);
    }

    @Override
    public boolean supports(String language) {
        return labelers.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        String lang = document.languageCode();
        SequenceLabeler labeler = labelers.get(lang);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<String> words = s.tokens().stream().map(Token::word).toList();
            List<String> labels = labeler.labels(words);
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (int i = 0; i < labels.size(); i++) {
                tokens.add(s.tokens().get(i).withNer(labels.get(i)));
            }
            sentences.add(s.withTokens(tokens));
            for (Run run : runs(tokens)) {
                for (Run piece : split(run, tokens, lang)) {
                    mentions.add(mention(document, mentions.size() + 1, piece, tokens, lang));
                }
            }
        }
        return document.withSentences(sentences).withEntities(mentions);
    }

    private record Run(int from, int to, String type) {
    }

    /** Maximal runs of tokens with one coarse type; a B- prefix starts a new run. */
    private static List<Run> runs(List<Token> tokens) {
        List<Run> out = new ArrayList<>();
        int from = -1;
        String type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String label = i < tokens.size() ? tokens.get(i).ner() : "O";
            boolean begin = label.startsWith("B-");
            String coarse = COARSE.get(label.replaceFirst("^[BIES]-", ""));
            if (type != null && (coarse == null || !coarse.equals(type) || begin)) {
                out.add(new Run(from, i, type));
                type = null;
            }
            if (coarse != null && type == null) {
                from = i;
                type = coarse;
            }
        }
        return out;
    }

    /**
     * Cuts a run at a possessive ("Italy ’s Association of …": the owner and the owned are two names) and cuts the
     * owner part at its last coordination ("X Association and Italy"), then trims punctuation at the edges.
     */
    private List<Run> split(Run run, List<Token> tokens, String lang) {
        List<Run> out = new ArrayList<>();
        int from = run.from();
        for (int i = run.from(); i < run.to(); i++) {
            if (POSSESSIVE.contains(tokens.get(i).word()) && i > from) {
                int conj = lastConjunction(tokens, from, i, lang);
                if (conj >= 0) {
                    addTrimmed(new Run(from, conj, run.type()), tokens, out);
                    from = conj + 1;
                }
                addTrimmed(new Run(from, i, ownerType(tokens, from, i, run.type(), lang)), tokens, out);
                from = i + 1;
            }
        }
        addTrimmed(new Run(from, run.to(), run.type()), tokens, out);
        return out;
    }

    private int lastConjunction(List<Token> tokens, int from, int to, String lang) {
        for (int i = to - 1; i > from; i--) {
            if (conjunctions.get(lang).contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private String ownerType(List<Token> tokens, int from, int to, String type, String lang) {
        String words = String.join(" ", tokens.subList(from, to).stream().map(Token::word).toList());
        return countries.get(lang).byName(words).isPresent() ? "LOCATION" : type;
    }

    private static void addTrimmed(Run run, List<Token> tokens, List<Run> out) {
        int from = run.from();
        int to = run.to();
        while (from < to && !hasLetterOrDigit(tokens.get(from).word())) {
            from++;
        }
        while (to > from && !hasLetterOrDigit(tokens.get(to - 1).word())) {
            to--;
        }
        if (to > from) {
            out.add(new Run(from, to, run.type()));
        }
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private EntityMention mention(Document doc, int n, Run run, List<Token> tokens, String lang) {
        int start = tokens.get(run.from()).start();
        int end = tokens.get(run.to() - 1).end();
        String text = doc.text().substring(start, end);
        String subtype = run.type().equals("LOCATION") && countries.get(lang).byName(text).isPresent() ? "COUNTRY" : null;
        return new EntityMention("e" + n, text, run.type(), subtype, start, end);
    }
}
