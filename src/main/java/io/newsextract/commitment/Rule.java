package io.newsextract.commitment;

import io.newsextract.lexicon.TokenPattern;

/**
 * One named commitment rule of a language, in the order of the rules file (earlier rules claim their words first).
 *
 * @param needsActor whether the clause's subject must be an actor (a named entity, a pronoun or an actor noun such
 *                   as "government"), which is what separates "we will build" from "prices will rise"
 */
record Rule(String name, Strength strength, boolean needsActor, double confidence, TokenPattern pattern) {
}
