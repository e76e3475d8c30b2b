package dev.driftguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every migration of the corpus (Prisma-style projects written for these tests) and checks how many
 * statements the front end understands.
 */
class CorpusCoverageTest {

    @Test
    void understandsAtLeastNinetyNinePointFivePercentOfCorpusStatements() throws Exception {
        Path root = Path.of(getClass().getResource("/sql/corpus").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        SqlFrontEnd frontEnd = new SqlFrontEnd();
        int total = 0;
        List<String> unparsed = new ArrayList<>();
        for (Path file : files) {
            SourceFile source = new SourceFile(root.relativize(file).toString(), read(file));
            for (SqlStatement statement : frontEnd.parse(source).statements()) {
                total++;
                if (statement.command() instanceof Command.Unparsed failure) {
                    int at = failure.errorSpan().map(Span::start).orElse(statement.span().start());
                    unparsed.add(source.location(at, at) + ": " + failure.reason() + "\n    "
                            + statement.text().lines().findFirst().orElse(""));
                }
            }
        }
        double share = 100.0 * (total - unparsed.size()) / total;
        System.out.printf("corpus: %d files, %d statements, %.2f%% understood, %d unparsed%n", files.size(), total,
                share, unparsed.size());
        unparsed.forEach(u -> System.out.println("  unparsed " + u));
        assertThat(total).isGreaterThanOrEqualTo(1000);
        assertThat(share).as("share of understood statements; unparsed:%n%s", String.join("\n", unparsed))
                .isGreaterThanOrEqualTo(99.5);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
