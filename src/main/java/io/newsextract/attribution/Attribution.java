package io.newsextract.attribution;

/** What a rule decided: the speaker, the speech-verb word that anchors it (-1 if none), the rule, a confidence. */
record Attribution(Cluster speaker, int cue, String method, double confidence) {
}
