package com.example.driftguard;

import static dev.driftguard.testing.DriftguardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.testing.DriftguardAssertions;
import dev.driftguard.testing.DriftguardPostgres;
import dev.driftguard.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

        // The built-in drop-column-or-table and missing-lock-timeout warn about the same statement.
        assertThat(report).hasOnlyFindingsOf("acme-no-drop-table", "drop-column-or-table", "missing-lock-timeout")
                .hasFinding("acme-no-drop-table").at(2, 12).inMigration("20250201000000_drop_legacy_orders")
                .withMessageContaining("table \"LegacyOrder\" is dropped");
    }

    @Test
    void anIgnoreCommentAndDriftguardYamlTreatItAsABuiltInRule(
            @DriftguardPostgres(migrations = "src/test/project/prisma/migrations", upTo = "20250101000000_init")
            TestDatabase production, @TempDir Path copy) throws Exception {
        copyProject(copy);
        Path drop = copy.resolve("prisma/migrations/20250201000000_drop_legacy_orders/migration.sql");
        Files.writeString(drop, "-- driftguard-ignore acme-no-drop-table, drop-column-or-table, missing-lock-timeout: "
                + "archived in ACME-42\n"
                + Files.readString(drop));

        DriftguardAssertions.assertThat(Driftguard.forProject(copy).against(production.dataSource()).lint())
                .hasNoFindings();

        copyProject(copy);
        Files.writeString(copy.resolve("driftguard.yaml"), "rules:\n  acme-no-drop-table: warning\n");

        DriftguardAssertions.assertThat(Driftguard.forProject(copy).against(production.dataSource()).lint())
                .hasFinding("acme-no-drop-table").at(2, 12).withSeverity(Severity.WARNING);
    }

    @Test
    void leavesATableThePendingMigrationsCreatedThemselves() throws Exception {
        Report report = Driftguard.forProject(PROJECT).lint();

        assertThat(report).hasNoFindings();
    }

    private static void copyProject(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT)) {
            for (Path from : files.toList()) {
                Path target = to.resolve(PROJECT.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void isOffWhenServiceLoaderRulesAreTurnedOff() throws Exception {
        Report report = Driftguard.forProject(PROJECT).serviceLoaderRules(false).lint();

        assertThat(report).doesNotHaveFinding("acme-no-drop-table");
    }
}
