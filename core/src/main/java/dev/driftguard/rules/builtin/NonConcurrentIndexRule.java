package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;

/** {@code CREATE INDEX}, {@code DROP INDEX} or {@code REINDEX} without {@code CONCURRENTLY} on a table in use. */
@RuleInfo(id = "non-concurrent-index", severity = Severity.WARNING,
        summary = "CREATE INDEX, DROP INDEX or REINDEX without CONCURRENTLY locks an existing table while it works")
public final class NonConcurrentIndexRule implements Rule {

    private static final String ALONE = ", alone in its own migration: CONCURRENTLY cannot run in a transaction "
            + "block, and Prisma runs a migration of several statements as one";

    @Override
    public void checkStatement(StatementContext context) {
        Command command = context.statement().command();
        if (command instanceof Command.CreateIndex c && !c.concurrently()) {
            LockedTable.existing(context, c.table()).ifPresent(t -> LockedTable.report(context, t, c.table().span(),
                    "CREATE INDEX takes a SHARE lock on " + LockedTable.describe(t) + " until the index is built: "
                            + "every INSERT, UPDATE and DELETE on it waits",
                    "use CREATE INDEX CONCURRENTLY" + ALONE));
        } else if (command instanceof Command.DropIndex c && !c.concurrently()) {
            for (SqlName index : c.names()) {
                LockedTable.existingOfIndex(context, index).ifPresent(t -> LockedTable.report(context, t, index.span(),
                        "DROP INDEX takes an ACCESS EXCLUSIVE lock on " + LockedTable.describe(t)
                                + ": every query on it waits, reads included",
                        "use DROP INDEX CONCURRENTLY" + ALONE));
            }
        } else if (command instanceof Command.Reindex c && !c.concurrently()) {
            checkReindex(context, c);
        }
    }

    private static void checkReindex(StatementContext context, Command.Reindex reindex) {
        String fix = context.targetMajor() >= 12
                ? "use REINDEX " + reindex.target() + " CONCURRENTLY" + ALONE
                : "build a replacement with CREATE INDEX CONCURRENTLY, then drop the old index concurrently";
        switch (reindex.target()) {
            case "INDEX" -> LockedTable.existingOfIndex(context, reindex.name()).ifPresent(t ->
                    LockedTable.report(context, t, reindex.name().span(),
                            "REINDEX INDEX takes a SHARE lock on " + LockedTable.describe(t) + " and an ACCESS EXCLUSIVE "
                                    + "lock on the index until it is rebuilt: writes wait, and so do reads that use "
                                    + "the index", fix));
            case "TABLE" -> LockedTable.existing(context, reindex.name()).ifPresent(t ->
                    LockedTable.report(context, t, reindex.name().span(),
                            "REINDEX TABLE takes a SHARE lock on " + LockedTable.describe(t) + " and an ACCESS "
                                    + "EXCLUSIVE lock on each of its indexes while it rebuilds them: writes wait, and so "
                                    + "do reads that use an index", fix));
            default -> context.report(reindex.name().span(),
                    "REINDEX " + reindex.target() + " takes a SHARE lock on every table it covers, one after the other, "
                            + "and an ACCESS EXCLUSIVE lock on each index while it rebuilds it", fix);
        }
    }
}
