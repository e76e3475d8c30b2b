package dev.driftguard.replay;

import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.SqlName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Knows which target tables still hold exactly the target's rows at the current statement, and keeps the row checks
 * asked about them. A question about rows an earlier pending statement may have changed would be answered from the
 * wrong data: {@code UPDATE ... SET email = '' WHERE email IS NULL} before {@code SET NOT NULL} is the usual fix of
 * the very failure a check looks for, so any write, rename or type change of a table ends the checks on it, and code
 * the model cannot follow ({@code DO}, {@code CALL}, what did not parse) ends them all.
 */
final class TargetRowsTracker {

    private final Catalog target;
    private final Set<QualifiedName> changed = new HashSet<>();
    private final List<QueuedRowCheck> queued = new ArrayList<>();
    private boolean opaque;

    TargetRowsTracker(Catalog target) {
        this.target = target;
    }

    boolean known(QualifiedName table, CatalogState state) {
        return !opaque && !changed.contains(table) && !state.createdDuringReplay(table)
                && target.table(table).isPresent();
    }

    void ask(RuleMetadata rule, Migration migration, RowCheck check, CatalogState state) {
        for (Map.Entry<QualifiedName, Set<String>> read : check.reads().entrySet()) {
            Optional<Table> table = target.table(read.getKey());
            if (!known(read.getKey(), state) || table.isEmpty()
                    || !read.getValue().stream().allMatch(c -> table.get().column(c).isPresent())) {
                return;
            }
        }
        if (!check.reads().containsKey(check.table()) && !known(check.table(), state)) {
            return;
        }
        queued.add(new QueuedRowCheck(rule, migration, check));
    }

    /** Called with each statement before it is applied, so names resolve as the statement sees them. */
    void before(Command command, CatalogState state) {
        if (command instanceof Command.DataChange d) {
            if (d.kind() != Command.DataChange.Kind.SELECT) {
                d.table().ifPresentOrElse(t -> change(t, state), () -> opaque = true);
            }
        } else if (command instanceof Command.Truncate t) {
            t.names().forEach(n -> change(n, state));
        } else if (command instanceof Command.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameTable rename) {
                    resolve(alter.table(), state).ifPresent(from -> {
                        changed.add(from);
                        changed.add(QualifiedName.of(from.schema(), rename.to().name()));
                    });
                } else if (action instanceof AlterAction.RenameColumn || action instanceof AlterAction.AlterColumnType
                        || action instanceof AlterAction.DropColumn || action instanceof AlterAction.SetSchema
                        || action instanceof AlterAction.Other) {
                    change(alter.table(), state);
                }
            }
        } else if (command instanceof Command.DoBlock || command instanceof Command.Unparsed
                || command instanceof Command.CreateTrigger
                || (command instanceof Command.Other o && o.kind().toUpperCase(java.util.Locale.ROOT).startsWith("CALL"))) {
            // A trigger created now fires on later writes of its table, which the model does not run either.
            opaque = opaque || !(command instanceof Command.CreateTrigger);
            if (command instanceof Command.CreateTrigger trigger) {
                change(trigger.table(), state);
            }
        }
    }

    private void change(SqlName name, CatalogState state) {
        resolve(name, state).ifPresent(changed::add);
    }

    private static Optional<QualifiedName> resolve(SqlName name, CatalogState state) {
        return state.resolveTable(name.schema(), name.name()).map(Table::name);
    }

    List<QueuedRowCheck> queued() {
        return List.copyOf(queued);
    }
}
