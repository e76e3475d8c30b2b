package dev.driftguard.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.TargetDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrismaMigrationHistoryTest {

    private static String withHistory;
    private static String withoutHistory;

    @BeforeAll
    static void createDatabases() throws IOException {
        withHistory = TargetDatabases.freshDatabase("history");
        TargetDatabases.execute(withHistory, resource("prisma-migrations-table.sql"));
        TargetDatabases.execute(withHistory, resource("three-migrations.sql"));
        withoutHistory = TargetDatabases.freshDatabase("nohistory");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PrismaMigrationHistoryTest.class.getResourceAsStream("/history/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryRowOrderedByStartTime() throws SQLException {
        Optional<List<AppliedMigration>> history;
        try (Connection c = TargetDatabases.superuser(withHistory).getConnection()) {
            history = PrismaMigrationHistory.read(c);
        }

        assertThat(history).hasValueSatisfying(rows -> assertThat(rows).containsExactly(
                new AppliedMigration("a1a1a1a1-0000-0000-0000-000000000001", "a".repeat(64), "20260101000000_init",
                        Optional.of(Instant.parse("2026-01-01T10:00:00Z")),
                        Optional.of(Instant.parse("2026-01-01T10:00:01Z")), Optional.empty(), Optional.empty(), 1),
                new AppliedMigration("b2b2b2b2-0000-0000-0000-000000000002", "b".repeat(64),
                        "20260102000000_rename", Optional.of(Instant.parse("2026-01-02T10:00:00Z")),
                        Optional.empty(), Optional.of(Instant.parse("2026-01-02T11:00:00Z")), Optional.empty(), 0),
                new AppliedMigration("c3c3c3c3-0000-0000-0000-000000000003", "c".repeat(64),
                        "20260103000000_add_index", Optional.of(Instant.parse("2026-01-03T10:00:00.123456Z")),
                        Optional.empty(), Optional.empty(), Optional.of("ERROR: could not create unique index"),
                        0)));
        assertThat(history.orElseThrow()).extracting(AppliedMigration::isApplied, AppliedMigration::isRolledBack,
                        AppliedMigration::isFailed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, false, false),
                        org.assertj.core.groups.Tuple.tuple(false, true, false),
                        org.assertj.core.groups.Tuple.tuple(false, false, true));
    }

    @Test
    void isEmptyWhenTheTableDoesNotExist() throws SQLException {
        try (Connection c = TargetDatabases.superuser(withoutHistory).getConnection()) {
            assertThat(PrismaMigrationHistory.read(c)).isEmpty();
        }
    }

    @Test
    void comesWithTheCatalogInOneSnapshot() {
        assertThat(CatalogIntrospector.read(TargetDatabases.superuserSettings(withHistory)).history())
                .hasValueSatisfying(rows -> assertThat(rows).extracting(AppliedMigration::migrationName)
                        .containsExactly("20260101000000_init", "20260102000000_rename", "20260103000000_add_index"));
    }

    @Test
    void readsTheTableInThePrismaSchemaGivenByTheUrl() throws IOException {
        String database = TargetDatabases.freshDatabase("prismaschema");
        TargetDatabases.execute(database, "CREATE SCHEMA app; SET search_path = app; "
                + resource("prisma-migrations-table.sql") + resource("three-migrations.sql"));
        var settings = dev.driftguard.catalog.ConnectionSettings.parse(
                "postgresql://postgres@localhost:" + TargetDatabases.port() + "/" + database + "?schema=app",
                new dev.driftguard.catalog.ConnectionEnvironment(java.util.Map.of(), Optional.empty(), "postgres"));

        var snapshot = CatalogIntrospector.read(settings);

        assertThat(snapshot.catalog().searchPath()).containsExactly("app");
        assertThat(snapshot.history()).hasValueSatisfying(rows -> assertThat(rows).hasSize(3));
    }
}
