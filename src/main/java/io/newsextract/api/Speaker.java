package io.newsextract.api;

import java.util.List;

/** A quoted person, organisation or group. {@code type}: PERSON | ORGANIZATION | GROUP; {@code members}: speaker ids. */
public record Speaker(String id, String name, String type, String role, String affiliation,
                      List<String> members, List<TextSpan> mentions, List<String> quoteIds) {

    public Speaker {
        members = List.copyOf(members);
        mentions = List.copyOf(mentions);
        quoteIds = List.copyOf(quoteIds);
    }
}
