package dev.driftguard.drift;

import java.util.List;

/** Drift items that tell the same story, e.g. "4 models were never deployed". */
public record DriftGroup(String story, String remedy, List<DriftItem> items) {
    public DriftGroup {
        items = List.copyOf(items);
    }
}
