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

    /** How many findings were added so far. */
    public int size() {
        return findings.size();
    }

    /** The findings added from the {@code from}-th on. */
    List<Finding> since(int from) {
        return List.copyOf(findings.subList(from, findings.size()));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
