package io.newsextract.attribution;

import io.newsextract.api.Decision;
import io.newsextract.api.Decision.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The debug trace of one document's attribution: each quote's answer (MADE, rule = the quote's {@code method}, note =
 * the speaker) and each candidate a rule looked at and rejected (DROPPED, with a few words on why). Spans are the
 * quote's. A silent trace, for a rule that looks ahead on a quote it will visit again, records nothing.
 */
final class Trace {

    static final String STAGE = "attribution";

    private final String text;
    private final List<Decision> decisions;

    private Trace(String text, List<Decision> decisions) {
        this.text = text;
        this.decisions = decisions;
    }

    static Trace of(String text) {
        return new Trace(text, new ArrayList<>());
    }

    /** A trace over the same text that keeps nothing. */
    Trace silent() {
        return new Trace(text, null);
    }

    void made(QuoteSite site, Attribution a) {
        add(site, a.method(), Verdict.MADE, a.speaker().name);
    }

    /** The model's answer replaces the rules' answer for the quote: {@code note} says why. */
    void remade(QuoteSite site, String rule, String note) {
        if (decisions != null) {
            decisions.removeIf(d -> d.verdict() == Verdict.MADE && d.start() == site.quote().start()
                    && d.end() == site.quote().end());
        }
        add(site, rule, Verdict.MADE, note);
    }

    void drop(QuoteSite site, String rule, String note) {
        add(site, rule, Verdict.DROPPED, note);
    }

    List<Decision> decisions() {
        return decisions == null ? List.of() : List.copyOf(decisions);
    }

    private void add(QuoteSite site, String rule, Verdict verdict, String note) {
        if (decisions != null) {
            decisions.add(Decision.of(STAGE, rule, verdict, text, site.quote().span(), note));
        }
    }
}
