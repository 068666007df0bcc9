package io.newsextract.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One decision a named rule took on a document, for the debug trace: an output it made, a candidate it dropped (a
 * veto), or a value it changed (a repair). Offsets point into the original text like every other span; {@code text}
 * is {@code text.substring(start, end)}.
 *
 * @param stage   the stage's {@link Stage#name()}
 * @param rule    the rule's unique name, the same string an output's {@code method} carries
 * @param verdict what the rule did
 * @param note    a few words on why (the value before a repair, the vetoed trigger, …), or null
 */
@JsonPropertyOrder({"stage", "rule", "verdict", "text", "start", "end", "note"})
public record Decision(String stage, String rule, Verdict verdict, String text, int start, int end, String note) {

    public enum Verdict {
        /** the rule produced an output (a quote's attribution, a pledge, an entity) */
        MADE,
        /** the rule dropped a candidate that another rule had proposed */
        DROPPED,
        /** the rule changed a value another step had produced (an entity's type or extent) */
        CHANGED
    }

    public static Decision of(String stage, String rule, Verdict verdict, String text, Span span, String note) {
        return new Decision(stage, rule, verdict, span.of(text), span.start(), span.end(), note);
    }

    public Decision shifted(int offset) {
        return new Decision(stage, rule, verdict, text, start + offset, end + offset, note);
    }
}
