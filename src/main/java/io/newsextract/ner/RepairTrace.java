package io.newsextract.ner;

import io.newsextract.api.Decision;
import io.newsextract.api.Decision.Verdict;
import io.newsextract.api.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions of the entity repairs on one document, for its debug trace: a run a named repair changed (its type,
 * {@code ORGANIZATION→PERSON}, or its extent, with the text it had), dropped or made.
 */
final class RepairTrace {

    static final String STAGE = "ner";

    private final String text;
    private final List<Decision> decisions = new ArrayList<>();
    private List<Token> tokens = List.of();

    RepairTrace(String text) {
        this.text = text;
    }

    /** The tokens the runs of the next decisions index. */
    void sentence(List<Token> value) {
        tokens = value;
    }

    /** Records the change when {@code after} differs from {@code before} (a drop when it is null); returns it. */
    Run changed(Repair rule, Run before, Run after) {
        if (after == null) {
            dropped(rule, before);
        } else if (!after.equals(before)) {
            decisions.add(Decision.of(STAGE, rule.rule(), Verdict.CHANGED, text, after.span(tokens),
                    note(before, after)));
        }
        return after;
    }

    /** Records that a repair cut {@code before} into {@code pieces} (or dropped it when none is left). */
    List<Run> split(Repair rule, Run before, List<Run> pieces) {
        if (pieces.isEmpty()) {
            dropped(rule, before);
        } else if (!pieces.equals(List.of(before))) {
            pieces.forEach(p -> changed(rule, before, p));
        }
        return pieces;
    }

    /** Records that {@code made} took the place of the runs {@code inside} it: a change if it has one's extent. */
    void replaced(Repair rule, List<Run> inside, Run made) {
        if (inside.size() == 1 && inside.get(0).from() == made.from() && inside.get(0).to() == made.to()) {
            changed(rule, inside.get(0), made);
            return;
        }
        inside.forEach(r -> dropped(rule, r));
        made(rule, made);
    }

    void dropped(Repair rule, Run run) {
        decisions.add(Decision.of(STAGE, rule.rule(), Verdict.DROPPED, text, run.span(tokens), run.type()));
    }

    void made(Repair rule, Run run) {
        decisions.add(Decision.of(STAGE, rule.rule(), Verdict.MADE, text, run.span(tokens), run.type()));
    }

    List<Decision> decisions() {
        return decisions;
    }

    private String note(Run before, Run after) {
        String type = before.type().equals(after.type()) ? "" : before.type() + "→" + after.type();
        if (before.from() == after.from() && before.to() == after.to()) {
            return type;
        }
        String was = "was '" + before.span(tokens).of(text) + "'";
        return type.isEmpty() ? was : type + ", " + was;
    }
}
