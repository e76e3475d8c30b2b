package dev.driftguard;

import dev.driftguard.history.HistoryStatus;
import java.util.List;
import java.util.Map;

/**
 * What {@code driftguard status} reports.
 *
 * @param history          each migration's state on the target
 * @param findings         the history rules' findings
 * @param brokenBySkipping for each failed migration, the error findings that would appear in later migrations if it
 *                         were skipped with {@code prisma migrate resolve --applied}
 */
public record ProjectStatus(HistoryStatus history, Report findings, Map<String, List<Finding>> brokenBySkipping) {
    public ProjectStatus {
        brokenBySkipping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(brokenBySkipping));
    }
}
