package io.newsextract.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job as a cluster runs it: {@code org.apache.spark.deploy.SparkSubmit} (what the {@code spark-submit} script
 * starts) in a JVM of its own, {@code --master local[2,2]} (two threads; a task may fail once and is retried), on a
 * jar of the product's classes. {@code mvn test} runs before {@code package}, so the test makes that jar from
 * {@code target/classes} and gives the child JVM the test's class path without the class folders: the job's classes
 * come only from the submitted jar, through Spark's class loader, and Spark and the product's dependencies from the
 * class path, as on a cluster where the product's {@code lib/} is installed beside Spark's jars.
 */
class NewsExtractJobTest {

    @Test
    void theJobWritesBatchsLinesAndARetriedTaskLeavesNoDuplicate() throws Exception {
        Path in = SparkFixture.input();
        Map<String, String> batch = SparkFixture.batchLines();
        List<String> ids = new ArrayList<>(batch.keySet());
        String failAt = ids.get(ids.size() - 3);   // late in the last partition: the failed attempt wrote lines before it
        Path out = SparkFixture.root().resolve("job-out");
        Path log = SparkFixture.root().resolve("job.log");

        int code = submit(log, "--in", in.toString(), "--out", out.toString(), "--fail-once-at", failAt);

        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(NewsExtractJob.SOME_ERRORS, code, err);   // the bad inputs are error lines, as in batch
        assertEquals(1, count(err, "failure injected at " + failAt), err);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        // part files in name order hold batch's lines in batch's input order: so sorted by docId, byte for byte too
        assertEquals(Files.readAllLines(SparkFixture.batchRecords(), StandardCharsets.UTF_8), lines);
        assertTrue(err.contains(batch.size() + " inputs -> " + batch.size() + " lines"), err);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static int submit(Path log, String... jobArgs) throws IOException, InterruptedException {
        Path jar = thinJar();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: a short run on 46 articles needs a third of the CPU it needs with C2 (13 s against 33 s)
                "-Xmx2g", "-XX:TieredStopAtLevel=1", "-Dnewsextract.cache.dir=" + Path.of("target", "ner-cache").toAbsolutePath(),
                "-cp", dependencyClassPath(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2,2]", "--conf", "spark.ui.enabled=false",
                "--class", NewsExtractJob.class.getName(), jar.toString()));
        cmd.addAll(List.of(jobArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not end in 10 minutes");
        }
        return p.exitValue();
    }

    /** The product's classes and resources as a jar, as {@code mvn package} would make it (without its manifest). */
    private static Path thinJar() {
        Path jar = SparkFixture.root().resolve("newsextract-classes.jar");
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(msg, true, StandardCharsets.UTF_8);
        int rc = tool.run(ps, ps, "--create", "--file", jar.toString(), "-C", Path.of("target", "classes").toString(), ".");
        assertEquals(0, rc, msg.toString(StandardCharsets.UTF_8));
        return jar;
    }

    /** The test class path (surefire's full one when it runs the tests) without the class folders. */
    private static String dependencyClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> deps = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (!p.endsWith(Path.of("target", "classes")) && !p.endsWith(Path.of("target", "test-classes"))) {
                deps.add(entry);
            }
        }
        return String.join(File.pathSeparator, deps);
    }
}
