package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.SqlStatement;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first statement of a migration that waits for a lock blocking reads or writes of an existing table (also the
 * table a new foreign key references), with no {@code SET lock_timeout} before it. While it waits behind one long query, every new query on the table queues
 * behind it: a short DDL statement becomes an outage. Reported once per migration.
 */
@RuleInfo(id = "missing-lock-timeout", severity = Severity.WARNING,
        summary = "Lock-taking DDL on an existing table without SET lock_timeout first can queue every query behind it")
public final class MissingLockTimeoutRule implements Rule {

    /** A lock on an existing table, and where the statement names it. */
    record Lock(Table table, String mode, Span span) {
    }

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Optional<Lock> lock = lockOf(context, context.statement().command());
        if (lock.isEmpty()) {
            return;
        }
        for (SqlStatement earlier : EarlierStatements.of(context)) {
            if (setsLockTimeout(earlier.command()) || lockOf(context, earlier.command()).isPresent()) {
                return;
            }
        }
        Lock l = lock.get();
        LockedTable.report(context, l.table(), l.span(),
                "this statement waits for " + (l.mode().startsWith("A") ? "an " : "a ") + l.mode() + " lock on " + LockedTable.describe(l.table())
                        + " with no lock_timeout: while it waits behind a long-running query or transaction, every "
                        + "new query on the table queues behind it",
                "start the migration with SET lock_timeout = '5s' (and retry the deploy if it times out)");
    }

    private static boolean setsLockTimeout(Command command) {
        return command instanceof Command.SetParameter set && set.name().equalsIgnoreCase("lock_timeout")
                && set.value().map(v -> !v.replace("'", "").trim().equals("0")).orElse(false);
    }

    private static Optional<Lock> lockOf(StatementContext context, Command command) {
        return command.accept(new LockTaken(context));
    }

    /** The lock a command waits for on an existing table, when it blocks reads or writes. */
    private static final class LockTaken extends CommandKinds<Optional<Lock>> {
        private final StatementContext context;

        LockTaken(StatementContext context) {
            super(Optional.empty());
            this.context = context;
        }

        @Override
        public Optional<Lock> visit(Command.AlterTable c) {
            return on(context, c.table(), alterTableMode(c)).or(() -> referenced(c.actions().stream()
                    .filter(AlterAction.AddConstraint.class::isInstance)
                    .map(a -> ((AlterAction.AddConstraint) a).constraint())));
        }

        /** A foreign key on a new table still takes SHARE ROW EXCLUSIVE on the existing table it references. */
        @Override
        public Optional<Lock> visit(Command.CreateTable c) {
            return referenced(Stream.concat(c.constraints().stream(),
                    c.columns().stream().flatMap(col -> col.inline().stream())));
        }

        private Optional<Lock> referenced(Stream<Command.ConstraintDef> constraints) {
            return constraints.flatMap(def -> def.references().stream())
                    .map(r -> on(context, r.table(), "SHARE ROW EXCLUSIVE"))
                    .flatMap(Optional::stream)
                    .findFirst();
        }

        @Override
        public Optional<Lock> visit(Command.CreateIndex c) {
            return c.concurrently() ? Optional.empty() : on(context, c.table(), "SHARE");
        }

        @Override
        public Optional<Lock> visit(Command.DropIndex c) {
            return c.concurrently() || c.names().isEmpty() ? Optional.empty()
                    : onIndex(context, c.names().get(0), "ACCESS EXCLUSIVE");
        }

        @Override
        public Optional<Lock> visit(Command.Reindex c) {
            if (c.concurrently()) {
                return Optional.empty();
            }
            return switch (c.target()) {
                case "TABLE" -> on(context, c.name(), "SHARE");
                case "INDEX" -> onIndex(context, c.name(), "SHARE");
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<Lock> visit(Command.DropTable c) {
            return c.names().isEmpty() ? Optional.empty() : on(context, c.names().get(0), "ACCESS EXCLUSIVE");
        }

        @Override
        public Optional<Lock> visit(Command.Truncate c) {
            return c.names().isEmpty() ? Optional.empty() : on(context, c.names().get(0), "ACCESS EXCLUSIVE");
        }

        @Override
        public Optional<Lock> visit(Command.LockTable c) {
            return c.tables().isEmpty() ? Optional.empty() : on(context, c.tables().get(0), c.mode());
        }

        @Override
        public Optional<Lock> visit(Command.CreateTrigger c) {
            return on(context, c.table(), "SHARE ROW EXCLUSIVE");
        }
    }

    private static Optional<Lock> onIndex(StatementContext context, SqlName index, String mode) {
        return LockedTable.existingOfIndex(context, index).map(t -> new Lock(t, mode, index.span()));
    }

    private static Optional<Lock> on(StatementContext context, SqlName table, Optional<String> mode) {
        return mode.flatMap(m -> on(context, table, m));
    }

    private static Optional<Lock> on(StatementContext context, SqlName table, String mode) {
        return LockedTable.existing(context, table).map(t -> new Lock(t, mode, table.span()));
    }

    /**
     * The strongest lock the actions take; empty when it lets reads and writes go on ({@code VALIDATE CONSTRAINT}
     * takes SHARE UPDATE EXCLUSIVE).
     */
    private static Optional<String> alterTableMode(Command.AlterTable alter) {
        boolean onlyValidate = alter.actions().stream().allMatch(AlterAction.ValidateConstraint.class::isInstance);
        if (onlyValidate) {
            return Optional.empty();
        }
        boolean onlyForeignKeys = alter.actions().stream().allMatch(a -> a instanceof AlterAction.AddConstraint add
                && add.constraint().kind() == ConstraintKind.FOREIGN_KEY);
        return Optional.of(onlyForeignKeys ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE");
    }
}
