package dev.driftguard.replay;

import dev.driftguard.Finding;
import java.util.ArrayList;
import java.util.List;

/** Gathers findings from the rules of one run. Confined to the run's thread. */
public final class FindingCollector {
    private final List<Finding> findings = new ArrayList<>();

    public void add(Finding finding) {
        findings.add(finding);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
