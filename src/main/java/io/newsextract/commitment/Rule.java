package io.newsextract.commitment;

import io.newsextract.lexicon.TokenPattern;

/**
 * One named commitment rule of a language, in the order of the rules file (earlier rules claim their words first).
 *
 * @param needsActor whether the clause's subject must be an actor (a named entity, a pronoun or an actor noun such
 *                   as "government"), which is what separates "we will build" from "prices will rise"
 * @param needsReport whether the sentence must also report speech ("said the Government would fund"): a bare
 *                    conditional is mostly a hypothetical or an attack ("A Dutton Government would rip billions out")
 * @param unscheduled whether the rule stays silent on a schedule: its clause names a day or an event ("will address
 *                    the Press Club on Tuesday", "discuterà il piano martedì") and no amount of money
 */
record Rule(String name, Strength strength, boolean needsActor, boolean needsReport, boolean unscheduled,
            double confidence, TokenPattern pattern) {
}
