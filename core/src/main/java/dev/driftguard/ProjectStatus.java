package dev.driftguard;

import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.HistoryStatus;
import java.util.List;
import java.util.Map;

/**
 * What {@code driftguard status} reports.
 *
 * @param history          each migration's state on the target
 * @param findings         the history rules' findings
 * @param brokenBySkipping for each failed migration, the error findings that would appear in later migrations if it
 *                         were skipped (marked applied without running, {@code prisma migrate resolve --applied})
 * @param tool             the project's migration tool
 */
public record ProjectStatus(HistoryStatus history, Report findings, Map<String, List<Finding>> brokenBySkipping,
                            MigrationTool tool) {
    public ProjectStatus {
        brokenBySkipping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(brokenBySkipping));
        java.util.Objects.requireNonNull(tool, "tool");
    }

    /** The status of a Prisma project. */
    public ProjectStatus(HistoryStatus history, Report findings, Map<String, List<Finding>> brokenBySkipping) {
        this(history, findings, brokenBySkipping, MigrationTool.PRISMA);
    }
}
