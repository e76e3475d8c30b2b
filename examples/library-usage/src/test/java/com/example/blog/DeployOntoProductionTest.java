package com.example.blog;

import static dev.driftguard.testing.DriftguardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import dev.driftguard.testing.DriftguardPostgres;
import dev.driftguard.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Production runs the first migration only. The extension gives this class a real PostgreSQL 16 in that state (as
 * {@code prisma migrate deploy} left it, {@code _prisma_migrations} included); Driftguard then checks the migrations
 * the next deploy will run against it.
 */
@DriftguardPostgres(version = "16", migrations = "prisma/migrations", upTo = "20250401000000_init")
class DeployOntoProductionTest {

    @Test
    void theNextDeployRunsTheTwoLaterMigrationsSafely(TestDatabase production) throws Exception {
        Report report = Driftguard.forProject(Path.of(".")).against(production.dataSource()).lint();

        assertThat(report.migrations())
                .containsExactly("20250415000000_post_tags", "20250501000000_post_published_at");
        // Both alter "Post", which production holds: the only advice is to set a lock_timeout first.
        assertThat(report).hasNoErrors().hasOnlyFindingsOf("missing-lock-timeout");
    }
}
