package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.catalog.ReadLimits;
import dev.driftguard.catalog.Table;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.testing.PostgresServer;
import dev.driftguard.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example's {@code target-catalog.json} is what {@code driftguard snapshot} reads from a database brought to the
 * incident's production state. Regenerate it with {@code -Ddriftguard.updateGoldens=true} and review the diff.
 */
class IncidentSnapshotTest {

    static final Path SNAPSHOT = IncidentProductionState.PROJECT.resolve("target-catalog.json");

    @Test
    void committedSnapshotIsWhatIntrospectionReadsFromProduction() throws Exception {
        assumeTrue(System.getenv(PostgresServer.URL_VARIABLE) == null,
                "the committed snapshot was read from the embedded server; another server differs in version");
        TestDatabase production = IncidentProductionState.create();
        CatalogSnapshot live;
        try (Connection c = production.connect()) {
            live = stable(CatalogIntrospector.read(c, ReadLimits.defaults()));
        }
        String json = CatalogSnapshotJson.toJson(live);
        if (Boolean.getBoolean("driftguard.updateGoldens")) {
            Files.writeString(SNAPSHOT, json, StandardCharsets.UTF_8);
        }
        assertThat(withoutSizes(stable(CatalogSnapshotJson.read(SNAPSHOT)))).isEqualTo(withoutSizes(live));
    }

    /** Sizes come from relpages, which autovacuum may update between two reads of the same database. */
    private static CatalogSnapshot withoutSizes(CatalogSnapshot snapshot) {
        Catalog c = snapshot.catalog();
        List<Table> tables = c.tables().stream()
                .map(t -> new Table(t.name(), t.kind(), t.columns(), Optional.empty(), Optional.empty())).toList();
        return new CatalogSnapshot(snapshot.formatVersion(), snapshot.takenAt(), new Catalog(c.serverVersion(),
                c.searchPath(), c.schemas(), tables, c.indexes(), c.constraints(), c.enums(), c.domains(),
                c.sequences(), c.extensions(), c.availableExtensions(), c.functions()), snapshot.history());
    }

    /** Times and ids differ on every run; the rest must not. */
    private static CatalogSnapshot stable(CatalogSnapshot snapshot) {
        Instant deployDay = Instant.parse("2025-12-23T09:00:00Z");
        List<AppliedMigration> history = snapshot.history().orElse(List.of());
        List<AppliedMigration> rows = new java.util.ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            AppliedMigration r = history.get(i);
            Instant at = deployDay.plusSeconds(3600L * i);
            rows.add(new AppliedMigration(String.format("00000000-0000-4000-8000-%012d", i + 1), r.checksum(),
                    r.migrationName(), r.startedAt().map(t -> at), r.finishedAt().map(t -> at.plusSeconds(2)),
                    r.rolledBackAt().map(t -> at.plusSeconds(60)), r.logs(), r.appliedStepsCount()));
        }
        return new CatalogSnapshot(snapshot.formatVersion(), Optional.empty(), snapshot.catalog(),
                snapshot.history().map(h -> rows));
    }
}
