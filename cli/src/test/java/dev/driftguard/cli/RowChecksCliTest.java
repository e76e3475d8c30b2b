package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.testing.PostgresServer;
import dev.driftguard.testing.PrismaMigrator;
import dev.driftguard.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code lint --database-url} counts the rows that decide a statement, and shows them only when asked. */
class RowChecksCliTest {

    private static final Path PROJECT = Path.of("..", "examples", "mixed-history");
    private static TestDatabase production;

    @BeforeAll
    static void productionWithOldRows() throws Exception {
        production = PostgresServer.shared().createDatabase("cli_rows");
        new PrismaMigrator(production, PROJECT.resolve("prisma/migrations"))
                .deployUpTo("20240201000000_user_directory_view");
        production.executeScript("""
                INSERT INTO "User" ("id", "email") VALUES ('u1', 'ann@example.com'), ('u2', 'bob@example.com'),
                    ('u3', 'bob@example.com');
                INSERT INTO "Post" ("id", "authorId", "title") VALUES ('p1', 'u-deleted', 'Orphan');
                ANALYZE;
                """);
    }

    @Test
    void countsWithoutShowingRows() {
        CliRun run = CliRun.of("lint", PROJECT.toString(), "--database-url", production.jdbcUrl());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("error[foreign-key-violation]").contains("1 row of the target reference")
                .contains("error[unique-violation]").contains("1 duplicated key")
                .doesNotContain("bob@example.com").doesNotContain("u-deleted");
    }

    @Test
    void showsSampleValuesWithShowData() {
        CliRun run = CliRun.of("lint", PROJECT.toString(), "--database-url", production.jdbcUrl(), "--show-data");

        assertThat(run.out()).contains("(for example (bob@example.com))").contains("(u-deleted)");
    }

    @Test
    void leavesLargeTablesUnscannedAndCanBeTurnedOff() {
        CliRun limited = CliRun.of("lint", PROJECT.toString(), "--database-url", production.jdbcUrl(),
                "--max-scanned-rows", "1");
        assertThat(limited.out()).contains("info[unique-violation]").contains("not checked against the target's rows")
                .doesNotContain("error[unique-violation]");

        CliRun off = CliRun.of("lint", PROJECT.toString(), "--database-url", production.jdbcUrl(), "--no-row-checks");
        assertThat(off.out()).doesNotContain("unique-violation").doesNotContain("foreign-key-violation")
                .contains("error[dependent-objects]");
    }

    @Test
    void refusesANegativeLimit() {
        CliRun run = CliRun.of("lint", PROJECT.toString(), "--database-url", production.jdbcUrl(),
                "--max-scanned-rows", "-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-scanned-rows must not be negative");
    }
}
