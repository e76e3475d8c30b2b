package dev.driftguard.drift;

import java.util.List;

/** The three-way comparison of schema, migration history and target, grouped into stories. */
public record DriftReport(List<DriftGroup> groups) {
    public DriftReport {
        groups = List.copyOf(groups);
    }

    public boolean hasDrift() {
        return !groups.isEmpty();
    }
}
