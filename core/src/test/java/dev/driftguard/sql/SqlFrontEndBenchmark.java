package dev.driftguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses the coverage corpus fifty times over (about 50,000 statements) and prints the throughput, cold and warm.
 * Run with {@code mvn -pl core test -Pbenchmarks -Dtest=SqlFrontEndBenchmark}.
 */
@Tag("benchmark")
class SqlFrontEndBenchmark {
    private static final int ROUNDS = 50;

    @Test
    void parsesFiftyThousandStatements() throws Exception {
        Path root = Path.of(getClass().getResource("/sql/corpus").toURI());
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                files.add(new SourceFile(root.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        SqlFrontEnd frontEnd = new SqlFrontEnd();
        for (String pass : List.of("cold", "warm")) {
            long start = System.nanoTime();
            int statements = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (SourceFile file : files) {
                    statements += frontEnd.parse(file).statements().size();
                }
            }
            long micros = (System.nanoTime() - start) / 1_000;
            System.out.printf("sql front end, %s: %d statements in %d ms, %.1f us per statement%n", pass, statements,
                    micros / 1_000, (double) micros / statements);
            assertThat(statements).isGreaterThanOrEqualTo(50_000);
        }
    }
}
