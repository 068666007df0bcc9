package io.newsextract.ner;

import io.newsextract.api.Artifact;
import io.newsextract.api.Decision;
import io.newsextract.api.Decision.Verdict;
import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.api.Token;
import io.newsextract.lexicon.EntityLabels;
import io.newsextract.lexicon.LanguageResources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entity mentions from a sequence labeler per language: runs of one label, repaired by {@link MentionRules}
 * (glued names cut, hyphenated names joined, titles stripped), with the model's labels mapped to the coarse types
 * PERSON, ORGANIZATION, LOCATION, MISC.
 */
public final class EntityRecognitionStage implements Stage {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, SequenceLabeler> labelers;
    private final Map<String, MentionRules> rules = new HashMap<>();
    private final Map<String, EntityLabels> labels;

    /** For the languages that have both a labeler and resources. */
    public EntityRecognitionStage(Map<String, SequenceLabeler> labelers, Map<String, LanguageResources> resources) {
        Map<String, SequenceLabeler> usable = new HashMap<>(labelers);
        usable.keySet().retainAll(resources.keySet());
        this.labelers = Map.copyOf(usable);
        this.labels = LanguageResources.each(resources, LanguageResources::entityLabels);
        for (String lang : this.labelers.keySet()) {
            rules.put(lang, new MentionRules(resources.get(lang)));
        }
    }

    /** The names of the repairs that change, drop or make a mention, as the trace records them. */
    public static List<String> ruleNames() {
        return Repair.rules();
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.POS_TAGS);   // the repairs read word classes
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
        RepairTrace trace = new RepairTrace(document.text());
        List<Decision> decisions = trace.decisions();
        for (Sentence s : document.sentences()) {
            List<String> words = s.tokens().stream().map(Token::word).toList();
            List<String> tagged = labeler.labels(words);
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (int i = 0; i < tagged.size(); i++) {
                tokens.add(s.tokens().get(i).withNer(tagged.get(i)));
            }
            sentences.add(s.withTokens(tokens));
            for (Run run : rules.get(lang).apply(tokens, runs(tokens, labels.get(lang)), document.text(), trace)) {
                mentions.add(mention(document, mentions.size() + 1, run, tokens, rules.get(lang)));
            }
        }
        List<EntityMention> surnames = loneSurnames(document, sentences, mentions);
        surnames.forEach(m -> decisions.add(Decision.of(RepairTrace.STAGE, Repair.LONE_SURNAME.rule(), Verdict.MADE,
                document.text(), new Span(m.start(), m.end()), m.type())));
        mentions.addAll(surnames);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<EntityMention> numbered = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            numbered.add(new EntityMention("e" + (numbered.size() + 1), m.text(), m.type(), m.subtype(), m.start(),
                    m.end()));
        }
        List<EntityMention> typed = consistentTypes(numbered, rules.get(lang), decisions);
        return document.withSentences(sentences).withEntities(typed).withDecisions(decisions);
    }

    /**
     * "According to Price, …" after "Daniel Price": an untagged capitalised word that is the surname of a person
     * named in full in the article is that person.
     */
    static List<EntityMention> loneSurnames(Document doc, List<Sentence> sentences, List<EntityMention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (EntityMention m : mentions) {
            String[] words = SPACES.split(m.text().strip());
            if (words.length > 1 && m.type().equals("PERSON")) {
                surnames.add(words[words.length - 1]);
            }
        }
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                boolean covered = mentions.stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end());
                if (surnames.contains(t.word()) && "O".equals(t.ner()) && !covered) {
                    out.add(new EntityMention("e0", doc.text().substring(t.start(), t.end()), "PERSON", null,
                            t.start(), t.end()));
                }
            }
        }
        return out;
    }

    /**
     * One name, one type across the article: a lone word that is the surname of a person named in full elsewhere
     * ("Prime Minister Claire Beaumont" … "Beaumont did not speak", tagged a place) is that person; a lone word that
     * opens an organisation's name and is no person's surname ("Halvorsen Foods" … "Halvorsen said") is that
     * organisation. Countries keep their type.
     */
    static List<EntityMention> consistentTypes(List<EntityMention> mentions, MentionRules rules,
                                               List<Decision> decisions) {
        Set<String> surnames = new HashSet<>();
        Set<String> orgHeads = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type().equals("LOCATION")) {
                places.add(m.text().strip());
            }
            String[] words = SPACES.split(m.text().strip());
            if (words.length > 1 && m.type().equals("PERSON")) {
                surnames.add(words[words.length - 1]);
            } else if (words.length > 1 && m.type().equals("ORGANIZATION")) {
                orgHeads.add(words[0]);
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String text = m.text().strip();
            String type = m.type();
            Repair rule = null;
            boolean single = !text.isEmpty() && !SPACES.matcher(text).find() && !rules.isCountry(text);
            if (single && !type.equals("PERSON") && surnames.contains(text)) {
                type = "PERSON";
                rule = Repair.SURNAME_IS_PERSON;
            } else if (single && type.equals("PERSON") && places.contains(text) && !surnames.contains(text)) {
                type = "LOCATION";   // "Victoria will have the port ready" after "between Victoria and Kobe"
                rule = Repair.PLACE_NAME_IS_PLACE;
            } else if (single && type.equals("PERSON") && orgHeads.contains(text) && !surnames.contains(text)) {
                type = "ORGANIZATION";
                rule = Repair.ORG_HEAD_IS_ORGANISATION;
            }
            if (rule == null) {
                out.add(m);
            } else {
                out.add(new EntityMention(m.id(), m.text(), type, null, m.start(), m.end()));
                decisions.add(new Decision(RepairTrace.STAGE, rule.rule(), Verdict.CHANGED, m.text(), m.start(),
                        m.end(), m.type() + "→" + type));
            }
        }
        return out;
    }


    /** A token's NER label without its position prefix; see {@link EntityLabels#entityType}. */
    public static String entityType(String label) {
        return EntityLabels.entityType(label);
    }

    /** Maximal runs of tokens with one coarse type; a B- prefix starts a new run. */
    static List<Run> runs(List<Token> tokens, EntityLabels labels) {
        List<Run> out = new ArrayList<>();
        int from = -1;
        String type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String label = i < tokens.size() ? tokens.get(i).ner() : "O";
            boolean begin = label.startsWith("B-");
            String coarse = labels.coarse(label);
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

    private static EntityMention mention(Document doc, int n, Run run, List<Token> tokens,
                                         MentionRules rules) {
        int start = tokens.get(run.from()).start();
        int end = tokens.get(run.to() - 1).end();
        String text = doc.text().substring(start, end);
        String subtype = run.type().equals("LOCATION") && rules.isCountry(text) ? "COUNTRY" : null;
        return new EntityMention("e" + n, text, run.type(), subtype, start, end);
    }
}
