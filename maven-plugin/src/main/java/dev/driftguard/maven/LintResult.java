package dev.driftguard.maven;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.report.RenderOptions;
import dev.driftguard.report.ReportFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished lint: the report, how it renders, and the severity that fails the build.
 *
 * @param threshold the least severity that fails the build; empty when nothing does ({@code failOn=never})
 */
record LintResult(Report report, RenderOptions options, Optional<Severity> threshold) {

    LintResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** Whether the build must fail: a finding at or above the threshold. */
    boolean fails() {
        return threshold.filter(report::hasFindingsAtLeast).isPresent();
    }

    /** The findings that fail the build, in the report's order. */
    List<Finding> failing() {
        return threshold.map(t -> report.findings().stream().filter(f -> f.severity().isAtLeast(t)).toList())
                .orElse(List.of());
    }

    /** The report in {@code format}, without colors (a build log is no terminal). */
    String render(ReportFormat format) {
        return format.renderer().render(report, options);
    }
}
