package io.newsextract.attribution;

import java.util.List;

/**
 * Someone who may speak, found in the text outside quotes: words [from, to) of the {@link ReadingView}.
 * {@code type}: PERSON | ORGANIZATION | LOCATION | GROUP; {@code groupSize} for group phrases (0 = everyone quoted);
 * {@code parts} for coordinations ("Lee and Meloni"); {@code lead} the first word of the title before a name
 * ("Prime Minister" in "Prime Minister Meloni"), or {@code from}.
 */
record Mention(int from, int to, Kind kind, String type, String name, String role, String affiliation,
               String gender, int groupSize, List<Mention> parts, int lead) {

    enum Kind { NAME, NOMINAL, PRONOUN, GROUP }

    /** The gender of a plural noun ("officials", "analysts"): only a plural pronoun stands for it. */
    static final String PLURAL = "pl";

    Mention {
        parts = List.copyOf(parts);
    }

    Mention withGender(String g) {
        return new Mention(from, to, kind, type, name, role, affiliation, g, groupSize, parts, lead);
    }

    boolean isPlural() {
        return "GROUP".equals(type);
    }

    /** A person named by name ("Lee", "Prime Minister Meloni"), not a nominal, pronoun, group or organisation. */
    boolean isNamedPerson() {
        return kind == Kind.NAME && "PERSON".equals(type);
    }
}
