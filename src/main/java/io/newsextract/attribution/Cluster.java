package io.newsextract.attribution;

import io.newsextract.api.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One speaker while the attribution stage works on a document: the mentions that name it and its canonical name.
 * Mutable, but never leaves the stage's call; the stage turns it into an immutable {@code api.Speaker}.
 */
final class Cluster {

    final String type;
    final List<Cluster> members;
    final List<Span> mentions = new ArrayList<>();
    final List<String> quoteIds = new ArrayList<>();
    String name;
    int nameWords;
    String role;
    String affiliation;
    /**
     * The organisation a role noun joined to this person names ("Il leader di Forza Italia, Silvio Berlusconi"): only
     * to find the person again ("il presidente di Forza Italia"), not written as the affiliation, which pledges read
     * as the side a "we" speaks for.
     */
    String roleOrganisation;
    String gender = "x";
    int firstWord;

    Cluster(String type, String name, int nameWords, int firstWord, List<Cluster> members) {
        this.type = type;
        this.name = name;
        this.nameWords = nameWords;
        this.firstWord = firstWord;
        this.members = List.copyOf(members);
    }

    void addMention(Mention m, Span span) {
        if (!mentions.contains(span)) {
            mentions.add(span);
        }
        firstWord = Math.min(firstWord, m.from());
        if (role == null && m.role() != null) {
            role = m.role();
        }
        if (m.kind() == Mention.Kind.NOMINAL) {
            roleOrganisation = roleOrganisation == null ? m.affiliation() : roleOrganisation;
        } else if (affiliation == null && m.affiliation() != null) {
            affiliation = m.affiliation();
        }
        if ("x".equals(gender) && m.gender() != null) {
            gender = m.gender();
        }
    }

    boolean isGroup() {
        return type.equals("GROUP");
    }
}
