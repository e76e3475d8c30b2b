package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relational schema of every valid test schema, rendered as text and compared with {@code expected-catalog.txt}
 * beside it; the diagnostics of every invalid one, compared with {@code expected-diagnostics.txt}. To regenerate after a deliberate change, run with {@code -Ddriftguard.regenerate=true} and review the
 * diff: each file reads as the tables, columns, keys and indexes {@code prisma migrate} creates.
 */
class CatalogGoldenTest {

    private static final boolean REGENERATE = Boolean.getBoolean("driftguard.regenerate");

    static List<String> validCases() throws IOException {
        return TestSchemas.cases("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void mapsToTheRelationalSchemaInItsGoldenFile(String name) throws IOException {
        String actual = CatalogText.render(TestSchemas.parseValid(name).declared());
        Path golden = sourceTree().resolve("valid").resolve(name).resolve("expected-catalog.txt");
        if (REGENERATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static List<String> invalidCases() throws IOException {
        return TestSchemas.cases("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void reportsTheDiagnosticsInItsGoldenFile(String name) throws IOException {
        String actual = TestSchemas.parse("invalid", name).declared().diagnostics().stream()
                .map(d -> d.location().file() + ":" + d.location().line() + ":" + d.location().column() + "-"
                        + d.location().endLine() + ":" + d.location().endColumn() + " " + d.severity().label() + " "
                        + d.message() + "\n")
                .collect(java.util.stream.Collectors.joining());
        Path golden = sourceTree().resolve("invalid").resolve(name).resolve("expected-diagnostics.txt");
        if (REGENERATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The schemas in the source tree (not target/), so that regenerated files land where git sees them. */
    private static Path sourceTree() {
        return Path.of("src/test/resources/prisma");
    }
}
