package dev.driftguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftguardConfigTest {

    private static final Finding IN_MIGRATION = finding("missing-relation", Severity.ERROR,
            "prisma/migrations/2023_a/migration.sql");
    private static final Finding IN_LEGACY = finding("missing-relation", Severity.ERROR, "legacy/old.sql");
    private static final Finding UNDEPLOYED = finding("undeployed-model", Severity.WARNING, "prisma/schema.prisma");
    private static final Finding NOWHERE = new Finding("failed-migration", Severity.ERROR, "failed", Optional.empty(),
            Optional.of("m"), Optional.empty(), Optional.empty());

    @Test
    void defaultsKeepEveryFindingAsItIs() {
        List<Finding> findings = List.of(IN_MIGRATION, IN_LEGACY, UNDEPLOYED, NOWHERE);
        assertThat(DriftguardConfig.defaults().applyTo(findings)).isEqualTo(findings);
    }

    @Test
    void dropsFindingsOfDisabledRules() {
        DriftguardConfig config = config(Map.of("undeployed-model", RuleSetting.off()), List.of());
        assertThat(config.applyTo(List.of(IN_MIGRATION, UNDEPLOYED))).containsExactly(IN_MIGRATION);
    }

    @Test
    void changesSeverityOfConfiguredRules() {
        DriftguardConfig config = config(Map.of("undeployed-model", RuleSetting.withSeverity(Severity.ERROR)),
                List.of());
        assertThat(config.applyTo(List.of(UNDEPLOYED))).containsExactly(UNDEPLOYED.withSeverity(Severity.ERROR));
    }

    @Test
    void dropsFindingsInIgnoredPathsButNeverThoseWithoutLocation() {
        DriftguardConfig config = config(Map.of(), List.of("legacy/", "prisma/migrations/2023*/**"));
        assertThat(config.applyTo(List.of(IN_MIGRATION, IN_LEGACY, UNDEPLOYED, NOWHERE)))
                .containsExactly(UNDEPLOYED, NOWHERE);
    }

    @Test
    void singleStarStaysWithinADirectory() {
        DriftguardConfig config = config(Map.of(), List.of("prisma/*"));
        assertThat(config.isIgnored("prisma/schema.prisma")).isTrue();
        assertThat(config.isIgnored("prisma/migrations/2023_a/migration.sql")).isFalse();
    }

    @Test
    void doesNotChangeItsInput() {
        List<Finding> input = new java.util.ArrayList<>(List.of(UNDEPLOYED));
        config(Map.of("undeployed-model", RuleSetting.off()), List.of()).applyTo(input);
        assertThat(input).containsExactly(UNDEPLOYED);
    }

    private static DriftguardConfig config(Map<String, RuleSetting> rules, List<String> ignore) {
        return new DriftguardConfig(Optional.of(MigrationTool.PRISMA), Optional.empty(), Severity.ERROR, rules, ignore,
                Optional.empty());
    }

    private static Finding finding(String rule, Severity severity, String file) {
        return new Finding(rule, severity, "m", Optional.of(new Location(file, 1, 1, 1, 2)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
