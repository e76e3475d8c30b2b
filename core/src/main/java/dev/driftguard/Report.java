package dev.driftguard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable result of a run: findings in source order, the sources they point into so that reporters can show
 * the offending line, and the names of the migrations that were checked.
 */
public record Report(List<Finding> findings, Map<String, SourceFile> sources, List<String> migrations) {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().map(Location::file).orElse(""))
            .thenComparingInt(f -> f.location().map(Location::line).orElse(0))
            .thenComparingInt(f -> f.location().map(Location::column).orElse(0))
            .thenComparing(Finding::ruleId);

    public Report {
        findings = findings.stream().sorted(ORDER).toList();
        sources = Map.copyOf(sources);
        migrations = List.copyOf(migrations);
    }

    /** A report that names no migration. */
    public Report(List<Finding> findings, Map<String, SourceFile> sources) {
        this(findings, sources, List.of());
    }

    /** A report with no findings. */
    public static Report empty() {
        return new Report(List.of(), Map.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** True when some finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** The source a location points into, when the run read it. */
    public Optional<SourceFile> source(String file) {
        return Optional.ofNullable(sources.get(file));
    }
}
