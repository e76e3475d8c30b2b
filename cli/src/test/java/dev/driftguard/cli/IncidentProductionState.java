package dev.driftguard.cli;

import dev.driftguard.testing.PostgresServer;
import dev.driftguard.testing.PrismaMigrator;
import dev.driftguard.testing.TestDatabase;
import java.nio.file.Path;

/**
 * Production as it stood in the incident: the 8 core tables from init_fresh and add_optimization_log, and a first
 * deploy of add_gin_indexes that failed, leaving its row failed in {@code _prisma_migrations}.
 */
final class IncidentProductionState {

    static final Path PROJECT = Path.of("..", "examples", "vps-subset");

    private IncidentProductionState() {
    }

    static TestDatabase create() throws Exception {
        TestDatabase production = PostgresServer.shared().createDatabase("incident");
        PrismaMigrator migrator = new PrismaMigrator(production, PROJECT.resolve("prisma/migrations"));
        migrator.deployUpTo("20251222050000_add_optimization_log");
        if (migrator.deploy("20251223_add_gin_indexes")) {
            throw new IllegalStateException("add_gin_indexes was expected to fail on a server without pgvector");
        }
        return production;
    }
}
