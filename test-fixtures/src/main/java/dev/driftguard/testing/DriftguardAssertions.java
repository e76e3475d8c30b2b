package dev.driftguard.testing;

import dev.driftguard.Report;

/**
 * AssertJ entry points for Driftguard reports:
 * <pre>{@code
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasFinding("missing-relation").atLine(12).inMigration("20251223000000_add_gin_indexes");
 * assertThat(report).hasOnlyFindingsOf("undeployed-model");
 * }</pre>
 * Failures print the findings as {@code driftguard lint} does, with the offending source line.
 */
public final class DriftguardAssertions {

    private DriftguardAssertions() {
    }

    /** Assertions on a report. */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }
}
