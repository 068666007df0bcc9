package io.newsextract.cli;

import io.newsextract.eval.Counts;
import io.newsextract.eval.Evaluation;
import io.newsextract.eval.PledgeSentences;
import io.newsextract.eval.Scorer;
import io.newsextract.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score records against gold files: entities, quotes, speakers, reported speech, sectors, pledges.")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--gold", description = "folder of gold <docId>.json files")
    Path gold;

    @Option(names = "--polnear", description = "instead of --gold: a PolNeAR split folder (text/, attributions/), "
            + "its gold quotes made with the rules of shared/tools/polnear_to_gold.py")
    Path polnear;

    @Option(names = "--pred", description = "folder of records <docId>.json (a batch --out folder)")
    Path pred;

    @Option(names = "--sentences", description = "instead of --gold/--pred: a folder of labelled pledge sentence sets "
            + "(<lang>[-name].tsv, e.g. corpus/pledge-sentences), run through the pipeline; sentence-level P/R/F1 "
            + "against the keyword rule, and the sentences it got wrong")
    Path sentences;

    @Option(names = "--text-root", description = "folder that the gold files' 'file' paths are relative to")
    Path textRoot;

    @Option(names = "--max-findings", description = "how many error lines (missed, wrong speaker, spurious) to print "
            + "before the figures (default ${DEFAULT-VALUE})")
    int maxFindings = 60;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Option(names = "--by-method", description = "also per language and in total, per method (the rule an output "
            + "names): outputs produced and matched with gold, for quotes, reported speech and pledges, and for the "
            + "decisions of records written with batch --trace")
    boolean byMethod;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (sentences != null) {
            return sentenceSets(out);
        }
        Path goldSource = polnear != null ? polnear : gold;
        if (goldSource == null || pred == null || !Files.isDirectory(goldSource) || !Files.isDirectory(pred)) {
            System.err.println("error: --gold (or --polnear) and --pred must be folders (or give --sentences)");
            return Main.USAGE;
        }
        Evaluation e;
        try {
            e = polnear != null ? Evaluation.runPolnear(polnear, pred) : Evaluation.run(gold, pred, textRoot);
        } catch (java.io.IOException | RuntimeException failure) {
            // a gold file that names a missing article or is not valid JSON: say which, without a stack trace
            System.err.println("error: " + failure.getMessage());
            return Main.USAGE;
        }
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>(e.asMap());
            if (byMethod) {
                all.put("byMethod", methodFigures(e));
            }
            out.println(Json.MAPPER.writeValueAsString(all));
            return Main.OK;
        }
        e.findings().stream().limit(Math.max(0, maxFindings)).forEach(f -> out.println("  " + f.docId() + ": " + f.what()));
        for (Map.Entry<String, Counts> lang : e.byLanguage().entrySet()) {
            print(out, "[" + lang.getKey() + "]", lang.getValue());
        }
        print(out, "[total]", e.total());
        if (byMethod) {
            e.byMethod().forEach((lang, m) -> {
                out.println("[" + lang + "] by method");
                m.lines().forEach(out::println);
            });
        }
        return Main.OK;
    }

    /** language → field → method → figures. */
    private static Map<String, Object> methodFigures(Evaluation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        e.byMethod().forEach((lang, m) -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            m.fields().forEach((field, methods) -> {
                Map<String, Object> rows = new LinkedHashMap<>();
                methods.forEach((method, t) -> rows.put(method, t.figures()));
                fields.put(field, rows);
            });
            out.put(lang, fields);
        });
        return out;
    }

    private int sentenceSets(PrintStream out) throws java.io.IOException {
        if (!Files.isDirectory(sentences)) {
            System.err.println("error: --sentences must be a folder of .tsv sentence sets");
            return Main.USAGE;
        }
        List<PledgeSentences.Result> results = PledgeSentences.runFolder(main.pipeline(), sentences);
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(results));
        } else {
            results.forEach(r -> r.lines().forEach(out::println));
        }
        return Main.OK;
    }

    private static void print(PrintStream out, String title, Counts c) {
        out.println(title);
        c.figures().forEach((k, v) -> out.println(String.format("  %-16s %s", k, Counts.format(v))));
    }
}
