package dev.driftguard.lsp;

import static dev.driftguard.lsp.LanguageServerProcessTest.change;
import static dev.driftguard.lsp.LanguageServerProcessTest.open;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a keystroke takes to become diagnostics, on a generated history of 434 migrations (the generator of
 * {@code cli/src/bench}), through the real process and stdio: from {@code didChange} sent to
 * {@code publishDiagnostics} received for that version. Prints figures (and writes them to
 * {@code target/keystroke-latency.txt}); asserts none, timings depend on the machine.
 *
 * <p>{@code mvn -B verify -pl lsp -am -Ddriftguard.excludedGroups= -Dtest=KeystrokeLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class KeystrokeLatencyBenchmark {

    private static final int MIGRATIONS = 434;
    private static final int WARM_UP = 15;
    private static final int MEASURED = 30;

    @TempDir
    Path work;

    @Test
    void keystrokeToDiagnostics() throws Exception {
        Path project = work.resolve("project");
        Path generator = Path.of("..", "cli", "src", "bench", "LargePrismaProject.java").toAbsolutePath();
        Process gen = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                generator.toString(), project.toString(), "90", Integer.toString(MIGRATIONS),
                Integer.toString(MIGRATIONS * 10)).inheritIO().start();
        if (!gen.waitFor(5, TimeUnit.MINUTES) || gen.exitValue() != 0) {
            throw new AssertionError("the generator failed");
        }
        Path last;
        try (Stream<Path> dirs = Files.list(project.resolve("prisma/migrations"))) {
            last = dirs.filter(Files::isDirectory).sorted().reduce((a, b) -> b).orElseThrow().resolve("migration.sql");
        }
        String uri = last.toUri().toString();
        String text = Files.readString(last);
        List<String> report = new ArrayList<>();
        // Debounce 0 measures the run itself; the editor's figure adds LspOptions.DEFAULT_DEBOUNCE (150 ms).
        try (ServerProcess s = ServerProcess.start(project, project.toString(), "--debounce-ms", "0")) {
            long t0 = System.nanoTime();
            s.initialize(project);
            open(s, uri, text);
            s.client.await(uri, 1, d -> true);
            report.add(String.format(Locale.ROOT, "first diagnostics after start (cold JVM): %d ms",
                    (System.nanoTime() - t0) / 1_000_000));
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                int version = i + 2;
                String edited = text + "\n-- keystroke " + i + "\nCREATE INDEX \"k" + i + "\" ON \"missing_" + i
                        + "\" (\"id\");\n";
                long start = System.nanoTime();
                change(s, uri, version, edited);
                s.client.await(uri, version, d -> true);
                if (i >= WARM_UP) {
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            s.shutdownAndExit();
            Collections.sort(times);
            report.add(String.format(Locale.ROOT,
                    "keystroke to diagnostics, %d migrations, warm, debounce excluded: min %d ms, median %d ms, "
                            + "p90 %d ms, max %d ms (%d runs after %d warm-up)",
                    MIGRATIONS, times.get(0), times.get(times.size() / 2), times.get(times.size() * 9 / 10),
                    times.get(times.size() - 1), MEASURED, WARM_UP));
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "keystroke-latency.txt"), report);
    }
}
