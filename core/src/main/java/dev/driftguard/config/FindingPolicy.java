package dev.driftguard.config;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the project says about which findings to report, applied in the one right order: inline ignore
 * comments first (so an ignore for a rule the configuration turns off is not reported as unused), then the
 * configuration, then the baseline last, so that it only counts findings the project would otherwise see.
 *
 * @param config     the project's configuration
 * @param statements the SQL files whose ignore comments count, with their statements' lines
 * @param baseline   the accepted findings, when the run uses a baseline
 */
public record FindingPolicy(DriftguardConfig config, List<StatementLines> statements, Optional<Baseline> baseline) {

    public FindingPolicy {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(baseline, "baseline");
        statements = List.copyOf(statements);
    }

    /**
     * The report as the project wants it, with its sources and migrations unchanged.
     *
     * @return the adjusted report, and how many findings ignore comments and the baseline removed
     */
    public Outcome applyTo(Report report) {
        SuppressionOutcome suppression = InlineSuppressions.apply(report.findings(), statements);
        List<Finding> configured = config.applyTo(suppression.findings());
        List<Finding> fresh = baseline.map(b -> b.newFindings(configured, report.sources())).orElse(configured);
        Report adjusted = new Report(fresh, report.sources(), report.migrations());
        return new Outcome(adjusted, suppression.suppressed().size(), configured.size() - fresh.size());
    }

    /**
     * The adjusted report and what was removed from it, for a line such as "2 suppressed, 5 in the baseline".
     *
     * @param report     the findings to show
     * @param suppressed how many findings ignore comments suppressed
     * @param baselined  how many findings the baseline accepted
     */
    public record Outcome(Report report, int suppressed, int baselined) {
    }
}
