package com.example.blog;

import static dev.driftguard.testing.DriftguardAssertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The library API alone: every migration, replayed on an empty PostgreSQL 16, breaks no rule. */
class MigrationsTest {

    @Test
    void everyMigrationIsSafeOnAnEmptyDatabase() throws Exception {
        Report report = Driftguard.forProject(Path.of("."))
                .postgresMajor(16)
                .lint();

        assertThat(report).hasNoFindings();
    }
}
