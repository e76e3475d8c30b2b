package dev.driftguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingPolicyTest {

    private static final String FILE = "prisma/migrations/m1/migration.sql";
    private static final String SQL = """
            -- driftguard-ignore undeployed-model: the model is deployed by another service
            CREATE INDEX a ON "Gone" (x);
            CREATE INDEX b ON "Old" (y) WHERE y > now();
            CREATE INDEX c ON "New" (z);
            """;
    private static final SourceFile SOURCE = new SourceFile(FILE, SQL);
    private static final StatementLines STATEMENTS = new StatementLines(SOURCE,
            List.of(new LineRange(2, 2), new LineRange(3, 3), new LineRange(4, 4)), Optional.of("m1"));

    private final Finding gone = finding("missing-relation", "\"Gone\"");
    private final Finding old = finding("mutable-function-in-index-predicate", "now()");
    private final Finding fresh = finding("missing-relation", "\"New\"");

    @Test
    void ignoreForARuleTheConfigurationTurnsOffIsNotReportedAsUnused() {
        Finding undeployed = finding("undeployed-model", "CREATE INDEX a");
        DriftguardConfig config = new DriftguardConfig(Optional.of(MigrationTool.PRISMA), Optional.empty(), Severity.ERROR,
                Map.of("undeployed-model", RuleSetting.off()), List.of(), Optional.empty());
        FindingPolicy.Outcome outcome = new FindingPolicy(config, List.of(STATEMENTS), Optional.empty())
                .applyTo(report(undeployed, gone));
        assertThat(outcome.report().findings()).containsExactly(gone);
        assertThat(outcome.suppressed()).isEqualTo(1);
    }

    @Test
    void baselineKeepsOnlyNewFindingsWithTheirConfiguredSeverity() {
        Baseline baseline = Baseline.of(report(gone, old));
        DriftguardConfig config = new DriftguardConfig(Optional.of(MigrationTool.PRISMA), Optional.empty(), Severity.ERROR,
                Map.of("missing-relation", RuleSetting.withSeverity(Severity.WARNING)), List.of(), Optional.empty());
        FindingPolicy.Outcome outcome = new FindingPolicy(config, List.of(), Optional.of(baseline))
                .applyTo(report(gone, old, fresh));
        assertThat(outcome.report().findings()).containsExactly(fresh.withSeverity(Severity.WARNING));
        assertThat(outcome.baselined()).isEqualTo(2);
        assertThat(outcome.report().sources()).containsKey(FILE);
        assertThat(outcome.report().migrations()).containsExactly("m1");
    }

    private static Report report(Finding... findings) {
        return new Report(List.of(findings), Map.of(FILE, SOURCE), List.of("m1"));
    }

    private static Finding finding(String rule, String token) {
        int at = SQL.indexOf(token);
        return new Finding(rule, Severity.ERROR, "m", Optional.of(SOURCE.location(at, at + token.length())),
                Optional.of("m1"), Optional.empty(), Optional.empty());
    }
}
