package com.example.driftguard;

import static dev.driftguard.testing.DriftguardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.testing.DriftguardPostgres;
import dev.driftguard.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoDropTableRuleTest {

    private static final Path PROJECT = Path.of("src/test/project");

    @Test
    void serviceLoaderFindsTheRuleThroughItsServicesFile() {
        assertThat(RuleRegistry.discovered(getClass().getClassLoader()))
                .extracting(Rule::getClass).containsExactly(NoDropTableRule.class);
    }

    @Test
    void flagsDroppingATableTheTargetHolds(
            @DriftguardPostgres(migrations = "src/test/project/prisma/migrations", upTo = "20250101000000_init")
            TestDatabase production) throws Exception {
        // No .rules(...): the rule comes in through META-INF/services, as it would on the CLI's class path.
        Report report = Driftguard.forProject(PROJECT).against(production.dataSource()).lint();

        assertThat(report).hasOnlyFindingsOf("acme-no-drop-table")
                .hasFinding("acme-no-drop-table").at(2, 12).inMigration("20250201000000_drop_legacy_orders")
                .withMessageContaining("table \"LegacyOrder\" is dropped");
    }

    @Test
    void leavesATableThePendingMigrationsCreatedThemselves() throws Exception {
        Report report = Driftguard.forProject(PROJECT).lint();

        assertThat(report).hasNoFindings();
    }

    @Test
    void isOffWhenServiceLoaderRulesAreTurnedOff() throws Exception {
        Report report = Driftguard.forProject(PROJECT).serviceLoaderRules(false).lint();

        assertThat(report).doesNotHaveFinding("acme-no-drop-table");
    }
}
