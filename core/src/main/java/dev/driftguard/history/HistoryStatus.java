package dev.driftguard.history;

import dev.driftguard.migrations.Migration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each migration stands on the target: the local migrations and the tool's history table side by side, in the
 * order the tool would apply them, as {@code prisma migrate status} or {@code flyway info} shows it but complete.
 */
public record HistoryStatus(List<Entry> entries, boolean historyTablePresent) {

    /** The state of one migration on the target. */
    public enum State {
        /** Finished and not rolled back. */
        APPLIED,
        /** Started, neither finished nor rolled back: blocks every deploy. */
        FAILED,
        /** Rolled back: the next deploy applies it again. */
        ROLLED_BACK,
        /** Never started on the target. */
        PENDING,
        /** Applied on the target, absent from the local folder. */
        MISSING_LOCALLY
    }

    /**
     * @param local  the local migration, absent for {@link State#MISSING_LOCALLY}
     * @param record the latest history row of this migration, absent for {@link State#PENDING}
     */
    public record Entry(String name, State state, Optional<Migration> local, Optional<AppliedMigration> record) {
    }

    public HistoryStatus {
        entries = List.copyOf(entries);
    }

    /** Joins the local migrations with the target's history rows, in name order (Prisma's). */
    public static HistoryStatus of(List<Migration> local, Optional<List<AppliedMigration>> history) {
        return of(local, history, Comparator.naturalOrder());
    }

    /**
     * Joins the local migrations with the target's history rows (empty when the table does not exist), in the
     * migration tool's order.
     */
    public static HistoryStatus of(List<Migration> local, Optional<List<AppliedMigration>> history,
                                   Comparator<String> order) {
        Map<String, AppliedMigration> latest = new LinkedHashMap<>();
        for (AppliedMigration row : history.orElse(List.of())) {
            if (row.isBaseline()) {
                continue;
            }
            // A migration resolved as rolled back and deployed again has two rows; the applied one wins.
            latest.merge(row.migrationName(), row, (a, b) -> b.isApplied() || !a.isApplied() ? b : a);
        }
        List<Entry> entries = new ArrayList<>();
        for (Migration migration : local) {
            Optional<AppliedMigration> row = Optional.ofNullable(latest.remove(migration.name()));
            entries.add(new Entry(migration.name(), row.map(HistoryStatus::stateOf).orElse(State.PENDING),
                    Optional.of(migration), row));
        }
        latest.values().stream().filter(AppliedMigration::isApplied).forEach(row ->
                entries.add(new Entry(row.migrationName(), State.MISSING_LOCALLY, Optional.empty(), Optional.of(row))));
        entries.sort(Comparator.comparing(Entry::name, order));
        return new HistoryStatus(entries, history.isPresent());
    }

    private static State stateOf(AppliedMigration row) {
        if (row.isApplied()) {
            return State.APPLIED;
        }
        return row.isRolledBack() ? State.ROLLED_BACK : State.FAILED;
    }

    public List<Entry> inState(State state) {
        return entries.stream().filter(e -> e.state() == state).toList();
    }

    /** True when {@code prisma migrate deploy} would refuse to run. */
    public boolean deployBlocked() {
        return !inState(State.FAILED).isEmpty();
    }
}
