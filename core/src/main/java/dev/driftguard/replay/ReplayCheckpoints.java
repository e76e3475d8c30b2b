package dev.driftguard.replay;

import dev.driftguard.Finding;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a replay leaves behind for the next replay of nearly the same migrations, as an editor's runs are: the catalog
 * as it stood before some of the migrations, and the findings each migration gave. A replay handed these starts from
 * the latest catalog kept before the first migration that changed, instead of from the target, and takes the findings
 * of the unchanged migrations before it as they were (rules see only the catalog and the statement, so those cannot
 * differ). Not thread-safe: one replay at a time.
 */
public final class ReplayCheckpoints {

    /**
     * A catalog is kept before every this many migrations, which bounds both the memory (a 5,000-migration history
     * keeps about 160) and what an edit far from the end replays before the edited migration.
     */
    static final int SPACING = 32;

    private Catalog start;
    private int major;
    private List<Rule> rules = List.of();
    private List<Migration> migrations = List.of();
    private List<Finding> findings = List.of();
    /** The number of findings before each migration (index {@code i}) and after the last (index {@code size}). */
    private int[] findingsBefore = {0};
    private final NavigableMap<Integer, CatalogState> states = new TreeMap<>();

    /** Nothing kept yet: the first replay runs in full. */
    public ReplayCheckpoints() {
    }

    /** How many catalogs are kept now (for tests and figures). */
    public int size() {
        return states.size();
    }

    /**
     * Where a replay resumes.
     *
     * @param firstChanged the first migration that differs from the previous replay's
     * @param from         the migration replay starts at: the kept catalog's, or 0
     * @param state        a copy of the catalog kept before {@code from}; empty to start from the target
     */
    record Resume(int firstChanged, int from, Optional<CatalogState> state) {
    }

    /** Where the next replay starts: the latest kept catalog at or before the first changed migration. */
    Resume restore(Catalog target, int targetMajor, List<Rule> ruleSet, List<Migration> next) {
        if (target != start || targetMajor != major || !ruleSet.equals(rules)) {
            start = target;
            major = targetMajor;
            rules = List.copyOf(ruleSet);
            migrations = List.of();
            findings = List.of();
            findingsBefore = new int[] {0};
            states.clear();
        }
        int first = firstDifference(migrations, next);
        states.tailMap(first, false).clear();
        Map.Entry<Integer, CatalogState> kept = states.floorEntry(first);
        return kept == null ? new Resume(first, 0, Optional.empty())
                : new Resume(first, kept.getKey(), Optional.of(new CatalogState(kept.getValue())));
    }

    /** The findings the previous replay gave for the migrations before {@code index}, all unchanged. */
    List<Finding> findingsBefore(int index) {
        return findings.subList(0, findingsBefore[index]);
    }

    boolean keeps(int index) {
        return states.containsKey(index);
    }

    /** Whether the catalog before migration {@code index} of {@code count} is worth keeping. */
    static boolean worthKeeping(int index, int count, int firstChanged) {
        return index % SPACING == 0 || index == count - 1 || index == firstChanged;
    }

    void keep(int index, CatalogState state) {
        states.put(index, new CatalogState(state));
    }

    /**
     * Records what this replay saw, for the next one.
     *
     * @param before the number of findings before each migration, from {@code from} on; the counts before it are
     *               the previous replay's
     */
    void finished(List<Migration> replayed, List<Finding> replayFindings, int[] before, int from) {
        int[] counts = Arrays.copyOf(before, before.length);
        System.arraycopy(findingsBefore, 0, counts, 0, from);
        migrations = List.copyOf(replayed);
        findings = List.copyOf(replayFindings);
        findingsBefore = counts;
    }

    /** The index of the first migration that differs from the previous run's: name, file, text or transaction. */
    static int firstDifference(List<Migration> before, List<Migration> now) {
        int common = Math.min(before.size(), now.size());
        for (int i = 0; i < common; i++) {
            Migration a = before.get(i);
            Migration b = now.get(i);
            if (!a.name().equals(b.name()) || a.transaction() != b.transaction()
                    || !a.source().path().equals(b.source().path()) || !a.source().text().equals(b.source().text())) {
                return i;
            }
        }
        return common;
    }
}
