package io.newsextract.quote;

import io.newsextract.QuoteStrings;
import io.newsextract.api.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reported speech: the span is the reported content, the cue and speaker come with it. */
class ReportedSpeechTest {

    @Test
    void saidThat() {
        Document d = QuoteStrings.annotate("en", "John Smith said that the bill would fail in the Senate.");
        assertEquals("q1 indirect [21,54) 'the bill would fail in the Senate' <- s1 John Smith (reported-cue)",
                QuoteStrings.quotes(d));
    }

    @Test
    void haAffermatoChe() {
        Document d = QuoteStrings.annotate("it",
                "Il ministro Antonio Tajani ha affermato che il governo durerà fino alla fine della legislatura.");
        assertEquals("q1 indirect [44,94) 'il governo durerà fino alla fine della legislatura' <- s1 Antonio Tajani "
                + "(reported-cue)", QuoteStrings.quotes(d));
    }

    @Test
    void haDettoCheWithAQuoteIsAPartialQuoteAndReportedSpeech() {
        // quoted-content = keep in models/it/reported-speech.properties (the Italian guide counts both)
        Document d = QuoteStrings.annotate("it",
                "Il ministro Antonio Tajani ha detto che «il governo durerà fino alla fine della legislatura».");
        assertEquals("""
                q1 indirect [40,92) '«il governo durerà fino alla fine della legislatura»' <- s1 Antonio Tajani (reported-cue)
                q2 partial [41,91) 'il governo durerà fino alla fine della legislatura' <- s1 Antonio Tajani (inside-reported)""",
                QuoteStrings.quotes(d));
    }

    @Test
    void aCueBetweenCommasReportsTheClauseAfterItNotALeadWithoutATensedVerb() {
        Document d = QuoteStrings.annotate("en", "Back in Virginia, Mr. Clarke said, he decided to take aim at the "
                + "coal industry's contribution to carbon emissions.");
        assertEquals("q1 indirect [35,113) 'he decided to take aim at the coal industry's contribution to carbon "
                + "emissions' <- s1 Clarke (reported-cue)", QuoteStrings.quotes(d));
    }

    @Test
    void anAccordingToPhraseAfterALeadInReportsTheClauseAfterIt() {
        Document d = QuoteStrings.annotate("en", "In the first quarter, according to the Treasury report, the deficit "
                + "rose by four billion dollars.");
        assertEquals(java.util.List.of("the deficit rose by four billion dollars"), indirect(d));
    }

    @Test
    void comeAfterASpeechVerbIntroducesTheContentLikeChe() {
        // models/it/complementizers.txt: "ha sottolineato come …", "ha ricordato come …" report as "che" does
        Document d = QuoteStrings.annotate("it",
                "Il ministro Antonio Tajani ha sottolineato come il governo sia pronto a intervenire subito.");
        assertEquals(java.util.List.of("il governo sia pronto a intervenire subito"), indirect(d));
    }

    @Test
    void diBeforeAVerbOpensTheContentAndStaysInIt() {
        // models/it/complementizers.txt: "di" is flagged content: "ha detto di aver …", not "ha parlato di un attacco"
        assertEquals(java.util.List.of("di aver incontrato il presidente francese a Parigi"), indirect(
                "Il ministro Antonio Tajani ha detto di aver incontrato il presidente francese a Parigi."));
        assertEquals(java.util.List.of(), indirect("Il ministro Antonio Tajani ha parlato di un attacco alla "
                + "proprietà privata."));
    }

    @Test
    void aSubjectEndingInAnAdjectiveOrAPrepositionalPhraseHasItsHead() {
        assertEquals(java.util.List.of("il governo durerà fino alla fine della legislatura"), byRules(
                "Il premier italiano ha detto che il governo durerà fino alla fine della legislatura."));
        assertEquals(java.util.List.of("il governo durerà fino alla fine della legislatura"), byRules(
                "Il segretario dei democratici ha detto che il governo durerà fino alla fine della legislatura."));
    }

    @Test
    void aSentenceOpenedByAnAdverbAndACommaHasNoSubjectToFind() {
        assertEquals(java.util.List.of("il governo durerà fino alla fine della legislatura"), byRules(
                "Il ministro parla ai giornalisti. Inoltre, precisa che il governo durerà fino alla fine della "
                        + "legislatura."));
    }

    @Test
    void aVerbAfterAnOpeningBracketHasNoSubjectToFind() {
        assertEquals(java.util.List.of("di non aver mai incontrato il presidente francese"), indirect(
                "Il ministro Antonio Tajani ha parlato a lungo con i giornalisti (ha sostenuto di non aver mai "
                        + "incontrato il presidente francese)."));
    }

    @Test
    void aVerbJoinedByAConjunctionPastItsAuxiliaryAttributesNoQuote() {
        // "e ha affermato": the quote before the conjunction belongs to the first verb, not to "affermato"
        assertEquals(java.util.List.of("il governo durerà fino alla fine della legislatura"), indirect(
                "Il ministro Antonio Tajani ha accolto la proposta con «entusiasmo» e ha affermato che il governo "
                        + "durerà fino alla fine della legislatura."));
    }

    @Test
    void aQuoteThatClosesTheLineBeforeIsNotAttributedByTheVerb() {
        // a headline without a full stop is joined to the next line by the splitter
        Document d = QuoteStrings.annotate("it", "«Il governo durerà»\nIl ministro Antonio Tajani ha affermato "
                + "che il governo durerà fino alla fine della legislatura.");
        assertEquals(java.util.List.of("il governo durerà fino alla fine della legislatura"), indirect(d));
    }

    @Test
    void theObjectOfAReportVerbIsItsContent() {
        // models/it/speech-verbs.tsv: annunciare, definire, descrivere … are flagged report
        assertEquals(java.util.List.of("la liberazione dei marinai italiani sequestrati in aprile"), indirect(
                "Il ministro Antonio Tajani ha annunciato la liberazione dei marinai italiani sequestrati in aprile."));
    }

    @Test
    void aGerundAfterACommaOrAColonEndsTheContent() {
        // models/it/content-breaks.txt: ",-ando", ",-endo" and ":"
        assertEquals(java.util.List.of("la vaghezza del concetto"), indirect(
                "Il senatore Giorgio Amendola lamentò la vaghezza del concetto, paventando un colpo di stato."));
        assertEquals(java.util.List.of("di non aver trovato un editore"), indirect(
                "Il cantante Simone Cristicchi ha sostenuto di non aver trovato un editore: il pezzo parla del G8."));
    }

    @Test
    void aNameEndingLikeAGerundDoesNotEndTheContent() {
        assertEquals(java.util.List.of("il sindaco di Palermo, Orlando, ha sbagliato tutto sulla riforma"), indirect(
                "Il ministro Antonio Tajani ha detto che il sindaco di Palermo, Orlando, ha sbagliato tutto sulla "
                        + "riforma."));
    }

    @Test
    void aSubjectBeforeTwoInsertionsSpeaks() {
        assertEquals(java.util.List.of("di aver fatto uso di sostanze dopanti"), indirect(
                "Lance Armstrong, vincitore di sette Tour, traguardo mai raggiunto da nessuno, ha ammesso di aver "
                        + "fatto uso di sostanze dopanti."));
    }

    @Test
    void aReflexiveSpeechVerbReportsTheQuotedAdjectiveAfterIt() {
        assertEquals(java.util.List.of("«preoccupato per l'intenzione del governo di reintrodurre la tassa»"), indirect(
                "Silvio Berlusconi si è detto «preoccupato per l'intenzione del governo di reintrodurre la tassa»."));
    }

    @Test
    void aRelativeClauseReportsWhenAComplementizerOpensItsContent() {
        assertEquals(java.util.List.of("il rischio è sempre alto"), byRules(
                "Era presente il presidente Giorgio Napolitano, che ha sottolineato come il rischio è sempre alto."));
        assertEquals(java.util.List.of(), indirect(
                "Era presente il segretario Luigi Morandi, che ha ribadito la richiesta di detassare gli aumenti."));
    }

    @Test
    void reportedSpeechWithoutASpeakerStillNamesTheRuleThatFoundIt() {
        Document d = QuoteStrings.annotate("it",
                "Ha fatto sapere di aver invitato anche il presidente francese alla cerimonia di domani.");
        java.util.List<io.newsextract.api.Quote> indirect = d.quotes().stream()
                .filter(q -> q.kind().equals("indirect")).toList();
        assertEquals(1, indirect.size(), QuoteStrings.quotes(d));
        assertEquals(null, indirect.get(0).speakerId());
        assertEquals(CueFinder.CONTENT_AFTER, indirect.get(0).method());
    }

    /** The indirect quotes the cue rules found: without the rule under test the learned cue ("model:…") finds some. */
    private static java.util.List<String> byRules(String text) {
        return QuoteStrings.annotate("it", text).quotes().stream().filter(q -> q.kind().equals("indirect"))
                .filter(q -> !q.method().startsWith("model:"))
                .map(io.newsextract.api.Quote::text).toList();
    }

    private static java.util.List<String> indirect(String text) {
        return indirect(QuoteStrings.annotate("it", text));
    }

    /** The texts of the document's indirect quotes, in order. */
    private static java.util.List<String> indirect(Document d) {
        return d.quotes().stream().filter(q -> q.kind().equals("indirect")).map(io.newsextract.api.Quote::text)
                .toList();
    }
}
